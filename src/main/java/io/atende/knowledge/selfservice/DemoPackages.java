package io.atende.knowledge.selfservice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few update packages per product line for the demo start, published in the name of each product's team: small
 * zip files with a LEIAME.txt. Idempotent: a product that already has packages gets none. Off with
 * {@code atende.demo-data.enabled=false}, like the demo customers.
 */
@Component
@ConditionalOnProperty(name = "atende.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoPackages {

    private record Demo(ProductLine product, String version, String title, String notes, String fileName) {
    }

    private static final List<Demo> PACKAGES = List.of(
            new Demo(ProductLine.PROTHEUS, "12.1.2410", "Pacote de expedição contínua — Faturamento",
                    "Corrige o cálculo do DIFAL na nota de saída (MATA461) e a transmissão da NF-e em contingência.",
                    "protheus-12.1.2410-faturamento.zip"),
            new Demo(ProductLine.PROTHEUS, "12.1.2410", "Dicionário de dados — dezembro",
                    "Atualiza o dicionário de dados (SX) com os campos da Reforma Tributária.",
                    "protheus-12.1.2410-dicionario.zip"),
            new Demo(ProductLine.PROTHEUS, "12.1.2510", "Pacote acumulado — Financeiro",
                    "Baixa de títulos por CNAB 240 com o novo leiaute bancário.", "protheus-12.1.2510-financeiro.zip"),
            new Demo(ProductLine.RM, "12.1.2506", "Patch da Folha de Pagamento",
                    "eSocial S-1.3: eventos S-2200 e S-1200 com os novos campos.", "rm-12.1.2506-folha.zip"),
            new Demo(ProductLine.RM, "12.1.2406", "Patch do Educacional",
                    "Corrige a emissão de boletos de mensalidade com desconto por pontualidade.",
                    "rm-12.1.2406-educacional.zip"),
            new Demo(ProductLine.DATASUL, "12.1.2507", "Atualização de Manufatura",
                    "Melhora o desempenho do cálculo do MRP em bases grandes.", "datasul-12.1.2507-manufatura.zip"),
            new Demo(ProductLine.DATASUL, "12.1.2407", "Atualização Fiscal",
                    "SPED Fiscal: registros do bloco K conforme o guia prático vigente.", "datasul-12.1.2407-fiscal.zip"),
            new Demo(ProductLine.LOGIX, "12.1.2509", "Pacote de correções — Suprimentos",
                    "Corrige a aprovação de pedidos de compra por alçada.", "logix-12.1.2509-suprimentos.zip"),
            new Demo(ProductLine.LOGIX, "12.1.2409", "Pacote de correções — Fiscal",
                    "NF-e: nova versão do leiaute com o grupo de informações do IBS e da CBS.",
                    "logix-12.1.2409-fiscal.zip"),
            new Demo(ProductLine.SERIE1, "11.2", "Atualização 11.2.3",
                    "Emissão de NFC-e com o novo QR Code e correções no PDV.", "serie1-11.2.3.zip"),
            new Demo(ProductLine.RMS, "2025.1", "Atualização 2025.1.4",
                    "Integração com o TEF e correções na conciliação de vendas.", "rms-2025.1.4.zip"),
            new Demo(ProductLine.FLUIG, "2.0", "Atualização 2.0.1",
                    "Corrige o envio de anexos em formulários com mais de 10 MB.", "fluig-2.0.1.zip"),
            new Demo(ProductLine.FLUIG, "1.8.2", "Atualização 1.8.2.7",
                    "Correções de segurança no servidor de aplicação.", "fluig-1.8.2.7.zip"));

    private final DownloadCentre centre;
    private final UpdatePackages packages;
    private final TransactionTemplate tx;

    DemoPackages(DownloadCentre centre, UpdatePackages packages, TransactionTemplate tx) {
        this.centre = centre;
        this.packages = packages;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        for (ProductLine product : ProductLine.values()) {
            if (packages.existsByProduct(product)) {
                continue;
            }
            PACKAGES.stream().filter(p -> p.product() == product).forEach(p -> tx.executeWithoutResult(status ->
                    centre.publishAs("agente-" + product.teamId(), "Equipe " + product.label() + " (demonstração)",
                            new NewPackage(product, p.version(), p.title(), p.notes(), p.fileName(),
                                    () -> new ByteArrayInputStream(zip(p))))));
        }
    }

    private static byte[] zip(Demo p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("LEIAME.txt"));
            zip.write(("Pacote de demonstração do Atende.\n" + p.product().label() + " " + p.version() + " — "
                    + p.title() + "\n\n" + p.notes() + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
