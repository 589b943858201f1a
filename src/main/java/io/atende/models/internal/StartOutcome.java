package io.atende.models.internal;

/** What a start did with one packaged model. */
public enum StartOutcome {
    /** Not in the engine yet: the release's version deployed. */
    DEPLOYED,
    /** The live version is the release's: nothing to do. */
    UNCHANGED,
    /** The live version came from an earlier release and this release changes it: the new one deployed. */
    UPDATED,
    /** A process owner's version is live and this release does not change the model: the owner's stays. */
    OWNER_KEPT,
    /** A process owner's version is live and this release changes the model too: the owner's stays, a warning. */
    CONFLICT,
    /** As CONFLICT, but {@code atende.models.on-conflict=release}: the release's version deployed over the owner's. */
    REPLACED_OWNER
}
