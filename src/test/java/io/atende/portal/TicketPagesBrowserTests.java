package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Tickets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Ana's ticket journeys in real Chromium: open with files, reply, contest, accept, follow-up (R16–R19). */
@AtendeIntegrationTest
class TicketPagesBrowserTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Tickets tickets;
    PortalFixtures fixtures;
    TestCompany company;
    Browser browser;

    @BeforeEach
    void setUp() {
        fixtures = PortalFixtures.of(context);
        company = fixtures.company(false);
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("R16, R7: Ana opens a ticket with two files chosen in the file picker and lands on its page")
    void opensTicketWithTwoAttachments() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
        Path screenshot = Files.write(dir.resolve("tela-erro.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path log = Files.writeString(dir.resolve("faturamento.log"), "ERRO 42 ao gerar a nota\n");

        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.find("#todos");
        browser.screenshot("painel-vazio");
        browser.go("/tickets/novo");
        assertThat(browser.text("#um-assunto")).contains("Um ticket por assunto");
        assertThat(browser.text("#termos-consultoria")).contains("100% das horas", "mínimo de 10 minutos", "IGP-M");
        browser.driver.findElement(By.cssSelector("select#product option[value=PROTHEUS]")).click();
        browser.type("#routine", "MATA410 - Pedido de venda");
        browser.type("#version", "12.1.2410");
        browser.driver.findElement(By.cssSelector("select#environment option[value=PRODUCAO]")).click();
        browser.type("#subject", "Nota fiscal não é gerada");
        browser.type("#description", "Ao faturar o pedido 123 a rotina encerra com ERRO 42.");
        browser.driver.findElement(By.cssSelector("select#impact option[value=ALTO]")).click();
        browser.driver.findElement(By.cssSelector("select#urgency option[value=ALTA]")).click();
        browser.find("#anexos").sendKeys(screenshot.toAbsolutePath() + "\n" + log.toAbsolutePath());
        browser.waitForText(".lista-anexos", "faturamento.log");
        assertThat(browser.text(".lista-anexos")).contains("tela-erro.png");
        browser.screenshot("novo-ticket-com-anexos");
        browser.click("#enviar-ticket");

        browser.waitForText("#situacao", "Aberto");
        assertThat(browser.text("#assunto")).isEqualTo("Nota fiscal não é gerada");
        assertThat(browser.text("#classificacao")).isEqualTo("Urgente");
        assertThat(browser.text("#sla")).startsWith("Resposta até").endsWith("(Brasília)");
        assertThat(browser.text("#historico")).contains("tela-erro.png", "faturamento.log");
        browser.screenshot("ticket-aberto");
        String number = browser.currentPath().replace("/tickets/", "");
        assertThat(tickets.findById(Long.parseLong(number)).orElseThrow().getSubject()).isEqualTo("Nota fiscal não é gerada");
    }

    @Test
    @DisplayName("R7: a video dropped on the form and a screenshot pasted with Ctrl+V go up together, with progress")
    void dropsAndPastesAttachments() {
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.find("#todos");
        browser.go("/tickets/novo");
        browser.driver.findElement(By.cssSelector("select#product option[value=PROTHEUS]")).click();
        browser.type("#subject", "Tela congela ao faturar");
        browser.type("#description", "Gravei um vídeo e tirei uma foto da tela.");
        browser.driver.findElement(By.cssSelector("select#impact option[value=MEDIO]")).click();
        browser.driver.findElement(By.cssSelector("select#urgency option[value=MEDIA]")).click();

        browser.driver.executeScript("""
                const form = document.getElementById('form-ticket');
                const dropped = new DataTransfer();
                dropped.items.add(new File([new Uint8Array(300000)], 'gravacao-da-tela.mp4', {type: 'video/mp4'}));
                form.dispatchEvent(new DragEvent('drop', {dataTransfer: dropped, bubbles: true, cancelable: true}));
                const pasted = new DataTransfer();
                pasted.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'image.png', {type: 'image/png'}));
                form.dispatchEvent(new ClipboardEvent('paste', {clipboardData: pasted, bubbles: true, cancelable: true}));
                """);
        browser.waitForText(".lista-anexos", "gravacao-da-tela.mp4");
        assertThat(browser.text(".lista-anexos")).contains(".png");
        browser.screenshot("novo-ticket-arrastar-colar");
        browser.click("#enviar-ticket");

        browser.waitForText("#situacao", "Aberto");
        assertThat(browser.text("#historico")).contains("gravacao-da-tela.mp4", ".png");
        browser.screenshot("ticket-com-video-e-imagem");
    }

    @Test
    @DisplayName("R17: Ana replies on her ticket; the reply is in the history")
    void replies() {
        Ticket ticket = fixtures.open(company.contact(), "Relatório lento", "Demora 10 minutos.");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/" + ticket.number());
        browser.type("#texto", "Segue mais um detalhe: acontece só à tarde.");
        browser.click("#enviar-resposta");
        browser.waitForText(".banner.aviso", "Resposta enviada");
        assertThat(browser.text("#historico")).contains("Segue mais um detalhe: acontece só à tarde.");
        browser.screenshot("ticket-resposta");
    }

    @Test
    @DisplayName("R18: Ana sees the proposal with its deadline and contests it; the ticket is back with the team")
    void contests() {
        Ticket ticket = fixtures.open(company.contact(), "Cálculo de imposto", "O ICMS sai errado.");
        fixtures.proposeSolution(ticket.number().toString(), "Atualize a tabela de alíquotas.");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/" + ticket.number());
        assertThat(browser.text("#proposta")).contains("Atualize a tabela de alíquotas.");
        assertThat(browser.text("#prazo-contestacao")).endsWith("23:59 (Brasília)");
        browser.screenshot("ticket-proposta");
        browser.type("#motivo", "Atualizei e continua errado.");
        browser.click("#contestar");
        browser.waitForText(".banner.aviso", "Solução contestada");
        assertThat(browser.text("#situacao")).isEqualTo("Aberto");
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.ABERTO);
        browser.screenshot("ticket-contestado");
    }

    @Test
    @DisplayName("R18: Ana accepts the proposal; the ticket closes and offers a follow-up")
    void accepts() {
        Ticket ticket = fixtures.open(company.contact(), "Impressão", "Não imprime o boleto.");
        fixtures.proposeSolution(ticket.number().toString(), "Configure a impressora padrão.");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/" + ticket.number());
        browser.click("#aceitar");
        browser.waitForText(".banner.aviso", "Solução aceita");
        assertThat(browser.text("#situacao")).isEqualTo("Fechado");
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.FECHADO);
        browser.screenshot("ticket-aceito");
    }

    @Test
    @DisplayName("R19: from a closed ticket Ana opens a pre-filled follow-up that shows the inherited history")
    void opensFollowUp() {
        Ticket parent = fixtures.open(company.contact(), "Erro no estoque", "Saldo negativo no produto X.");
        fixtures.proposeSolution(parent.number().toString(), "Rode o recálculo de saldos.");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/" + parent.number());
        browser.click("#aceitar");
        browser.waitForText("#situacao", "Fechado");
        browser.click("#abrir-acompanhamento");
        assertThat(browser.find("#subject").getAttribute("value")).contains("Acompanhamento do ticket " + parent.number());
        assertThat(browser.text("#acompanhamento")).contains("#" + parent.number());
        browser.type("#description", "O saldo ficou negativo de novo um mês depois.");
        browser.screenshot("acompanhamento-novo");
        browser.click("#enviar-ticket");
        browser.waitForText("#situacao", "Aberto");
        assertThat(browser.text("#historico")).contains("Histórico herdado do ticket #" + parent.number(),
                "Saldo negativo no produto X.", "Rode o recálculo de saldos.");
        browser.screenshot("acompanhamento-aberto");
    }
}
