package io.atende.models.internal;

import io.atende.models.ModelKind;
import io.atende.models.Origin;
import java.time.Instant;

/**
 * One model as the engine runs it now.
 *
 * @param key          the process, decision or form id new instances use
 * @param resource     the file name in the repository ({@code processes/…}, {@code forms/…})
 * @param liveVersion  the engine's version new instances get
 * @param origin       who deployed it
 * @param deployedBy   the deployment's source as the engine has it (e.g. "Camunda Modeler"), or the release
 * @param deployedAt   when
 * @param packagedIsLive whether the version this release carries is the live one (same text)
 * @param atStart      what the last start did with it
 */
public record ModelState(String key, ModelKind kind, String resource, int liveVersion, Origin origin, String deployedBy,
        Instant deployedAt, boolean packagedIsLive, StartOutcome atStart) {
}
