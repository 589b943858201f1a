package io.atende.knowledge.selfservice;

import io.atende.account.Customer;
import io.atende.team.SignedInAgent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The download centre of update packages (R23). Customers list and download packages only while their contact is
 * active and their company is not blocked (R4); process administrators and the members of a product line's team
 * publish its packages. Every active contact of an unblocked company may download: contacts have no per-contact
 * permission flag (R2, docs/self-service.md).
 */
@Service
public class DownloadCentre {

    static final int VERSION_MAX = 40;
    static final int TITLE_MAX = 200;
    static final int NOTES_MAX = 4000;
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]*");
    private static final Comparator<UpdatePackage> ORDER = Comparator
            .comparing(UpdatePackage::getProduct)
            .thenComparing(UpdatePackage::getVersion, VersionOrder.NEWEST_FIRST)
            .thenComparing(UpdatePackage::getPublishedAt, Comparator.reverseOrder())
            .thenComparing(UpdatePackage::getId, Comparator.reverseOrder());

    private final UpdatePackages packages;
    private final PackageStore store;
    private final Clock clock;

    DownloadCentre(UpdatePackages packages, PackageStore store, Clock clock) {
        this.packages = packages;
        this.store = store;
        this.clock = clock;
    }

    /** What a customer sees: the packages of {@code product} (all when null) and {@code version} (all when blank). */
    public record Listing(List<PackageView> packages, List<String> versions) {
    }

    /**
     * The packages a customer may download, newest version first, and the versions of {@code product} that have any.
     *
     * @throws DownloadRefusedException when the contact is inactive or the company blocked (R4)
     */
    @Transactional(readOnly = true)
    public Listing available(Customer customer, ProductLine product, String version) {
        requireAllowed(customer);
        List<UpdatePackage> all = product == null ? packages.findAll() : packages.findByProduct(product);
        List<String> versions = product == null ? List.of()
                : all.stream().map(UpdatePackage::getVersion).distinct().sorted(VersionOrder.NEWEST_FIRST).toList();
        String wanted = version == null || version.isBlank() ? null : version.strip();
        return new Listing(all.stream().filter(p -> wanted == null || p.getVersion().equals(wanted)).sorted(ORDER)
                .map(PackageView::of).toList(), versions);
    }

    /**
     * A package's file for a customer.
     *
     * @throws DownloadRefusedException when the contact is inactive or the company blocked (R4), before anything
     *     about the package is looked at
     * @throws PackageNotFoundException when there is no such package or its file is gone
     */
    @Transactional(readOnly = true)
    public StoredPackage open(Customer customer, long id) {
        requireAllowed(customer);
        UpdatePackage found = packages.findById(id).orElseThrow(PackageNotFoundException::new);
        Path path = store.path(found.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new PackageNotFoundException();
        }
        return new StoredPackage(PackageView.of(found), found.getContentType(), path);
    }

    /** Every package, for the staff page. */
    @Transactional(readOnly = true)
    public List<PackageView> all() {
        return packages.findAll().stream().sorted(ORDER).map(PackageView::of).toList();
    }

    /** The product lines {@code agent} may publish packages of: all for process administrators, else their teams'. */
    public Set<ProductLine> publishableBy(SignedInAgent agent) {
        if (agent.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return EnumSet.allOf(ProductLine.class);
        }
        Set<ProductLine> lines = EnumSet.noneOf(ProductLine.class);
        Arrays.stream(ProductLine.values()).filter(p -> agent.groupIds().contains(p.teamId())).forEach(lines::add);
        return lines;
    }

    /**
     * Publishes a package: checks the agent, every field and the file before anything is kept; a refused upload
     * leaves neither a row nor a file.
     *
     * @throws PublishingNotAllowedException when the agent may not publish packages of the product
     * @throws PackageRefusedException when a field or the file is not accepted
     */
    @Transactional
    public PackageView publish(SignedInAgent agent, NewPackage upload) {
        Set<ProductLine> allowed = publishableBy(agent);
        if (allowed.isEmpty()) {
            throw new PublishingNotAllowedException("Pacotes de atualização são publicados pelos administradores do "
                    + "processo e pela equipe de suporte de cada produto.");
        }
        if (upload.product() != null && !allowed.contains(upload.product())) {
            throw new PublishingNotAllowedException("Os pacotes de " + upload.product().label()
                    + " são publicados pela equipe de suporte do produto e pelos administradores do processo.");
        }
        return PackageView.of(save(upload, agent.userId(), agent.name()));
    }

    /** For the demo start: a package published in the name of a team, without an agent's session. */
    @Transactional
    PackageView publishAs(String userId, String name, NewPackage upload) {
        return PackageView.of(save(upload, userId, name));
    }

    private UpdatePackage save(NewPackage upload, String userId, String name) {
        if (upload.product() == null) {
            throw new PackageRefusedException("Escolha o produto.");
        }
        String version = required(upload.version(), VERSION_MAX, "a versão");
        if (!VERSION.matcher(version).matches()) {
            throw new PackageRefusedException("Escreva a versão com números, letras, pontos ou hífens, "
                    + "por exemplo 12.1.2410.");
        }
        String title = required(upload.title(), TITLE_MAX, "o título");
        String notes = required(upload.releaseNotes(), NOTES_MAX, "as notas da versão");
        if (upload.content() == null || upload.fileName() == null || upload.fileName().isBlank()) {
            throw new PackageRefusedException("Escolha o arquivo do pacote.");
        }
        store.checkName(upload.fileName());
        PackageStore.Stored file = store.write(upload.fileName(), upload.content());
        return packages.save(new UpdatePackage(upload.product(), version, title, notes, file, clock.instant(), userId,
                name));
    }

    private static String required(String value, int max, String what) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new PackageRefusedException("Escreva " + what + ".");
        }
        if (text.length() > max) {
            throw new PackageRefusedException("Escreva " + what + " em no máximo " + max + " caracteres.");
        }
        return text;
    }

    private static void requireAllowed(Customer customer) {
        if (customer == null || !customer.active()) {
            throw DownloadRefusedException.inactiveContact();
        }
        if (customer.companyBlocked()) {
            throw DownloadRefusedException.companyBlocked();
        }
        if (!customer.mayDownload()) {
            throw DownloadRefusedException.noPermission();
        }
    }
}
