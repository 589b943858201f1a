package io.atende.ticket.web;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.StaffFormat;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Carla (agente-suporte-protheus) in Tasklist, in real Chromium running in Brasília time with a Portuguese
 * browser: Portuguese labels on the list and the form, no migration banner, each card with the ticket's
 * company, classification and SLA due in Brasília (issue 16). Screenshots in target/screenshots/.
 */
@AtendeIntegrationTest
class TasklistBrowserTests {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired TaskService tasks;

    ChromeDriver driver;
    Path profile;

    @BeforeEach
    void openChromiumInBrasilia() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at /usr/bin/chromedriver");
        profile = Files.createTempDirectory("atende-tasklist-");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("TZ", "America/Sao_Paulo")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=pt-BR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "pt-BR,pt"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // CSP violations are logged there
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterEach
    void closeChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void showsAnAgentTheTaskListAndFormInPortugueseWithTheSlaDueInBrasilia() throws IOException {
        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), new TicketDraft(TicketType.SUPORTE,
                Channel.PORTAL, Product.PROTHEUS, "MATA410", "12.1.2410", Environment.PRODUCAO,
                "Nota fiscal não transmite", "Rejeição 539 ao transmitir.", Impact.ALTO, Urgency.ALTA), null);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult()
                .getId();
        String slaDue = StaffFormat.due(ticket.getSlaDueAt());
        // the team's list holds every ticket the suite left open (several pages): the agent takes this one and
        // reads it in "Minhas tarefas", a list of the same cards
        tasks.claim(taskId, "agente-suporte-protheus");

        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")));
        assertThat(body()).contains("Entrar").doesNotContain("migrate to Camunda 8");
        driver.findElement(By.cssSelector("input[name=username], input#inputUsername, input[type=text]"))
                .sendKeys("agente-suporte-protheus");
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        await(d -> body().contains("Minhas tarefas"));
        driver.findElement(By.xpath("//*[contains(@class,'task-filters')]//*[contains(text(),'Minhas tarefas')]"))
                .click();

        await(d -> body().contains(ticket.number().toString()) && allText().contains(slaDue));
        // the card shows two variables and folds the rest under its chevron: read the folded text too
        String list = allText();
        assertThat(list).contains("Minha equipe", "SLA vencendo hoje", "SLA vencido", "Prazo vencendo", "Aguardando cliente",
                "Empresa", "Classificação", "SLA vence em", slaDue, "Datas e horas no fuso horário local");
        assertThat(list).doesNotContain("migrate to Camunda 8", "Filter Tasks", "Date and Time displayed");
        assertThat(driver.findElements(By.cssSelector("input[placeholder='Filtrar tarefas']"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(e -> e.isDisplayed()))
                .isEmpty();
        assertThat(driver.findElement(By.id("footer-timezone")).getText()).contains("Sao_Paulo");
        screenshot("tasklist-lista-pt-br");

        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        await(d -> body().contains("Definir data de acompanhamento") && body().contains("Adicionar comentário"));
        String form = body();
        assertThat(form).contains("Definir data de acompanhamento", "Formulário", "Histórico", "Diagrama")
                .doesNotContain("Set follow-up date", "Add Comment", "Unclaim", "migrate to Camunda 8");
        screenshot("tasklist-formulario-pt-br");
    }

    @Test
    void anAgentWritesAnInternalNoteAndARepliesToTheCustomerOnTheStaffPage() {
        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), new TicketDraft(TicketType.SUPORTE,
                Channel.PORTAL, Product.PROTHEUS, "MATA410", "12.1.2410", Environment.PRODUCAO,
                "Pedido não fatura", "Erro ao faturar o pedido 123.", Impact.MEDIO, Urgency.MEDIA), null);
        signInToTasklist("agente-suporte-protheus");

        driver.get("http://localhost:" + port + "/equipe/tickets/" + ticket.number());
        await(d -> body().contains("Escrever no ticket"));
        driver.findElement(By.id("texto-nota")).sendKeys("Base do cliente tem customização no PE M410STTS. @agente-suporte-rm");
        driver.findElement(By.id("enviar-nota")).click();
        await(d -> body().contains("Nota interna registrada"));
        assertThat(driver.findElement(By.cssSelector("#historico li.interna")).getText())
                .contains("[não visível ao cliente]", "Nota interna", "PE M410STTS", "Carla Mendes");

        driver.findElement(By.id("texto-resposta")).sendKeys("Estamos analisando o ponto de entrada do seu ambiente.");
        driver.findElement(By.id("enviar-resposta")).click();
        await(d -> body().contains("Resposta enviada ao cliente"));
        assertThat(body()).contains("Resposta da equipe", "Estamos analisando o ponto de entrada");
        assertThat(driver.findElement(By.id("situacao")).getText()).isEqualTo("Aberto (na fila da equipe)");
        screenshot("equipe-ticket-nota-e-resposta");
    }

    @Test
    void aLeadReadsTheDashboardWithChartsDrawnUnderTheCsp() {
        desk.open(customers.byEmail(ANA).orElseThrow(), new TicketDraft(TicketType.SUPORTE, Channel.PORTAL,
                Product.PROTHEUS, "MATA410", "12.1.2410", Environment.PRODUCAO, "Pedido não fatura",
                "Erro ao faturar.", Impact.MEDIO, Urgency.MEDIA), null);
        signInToTasklist("lider-suporte-protheus");

        driver.get("http://localhost:" + port + "/equipe/painel");
        await(d -> body().contains("Painel dos líderes"));
        await(d -> Boolean.TRUE.equals(driver.executeScript(
                "return ['grafico-sla','grafico-canal','grafico-resposta','grafico-fila'].every(function (id) {"
                        + " return window.Chart && Chart.getChart(document.getElementById(id)) !== undefined; })")));
        assertThat(driver.executeScript("return Chart.getChart(document.getElementById('grafico-fila')).data.datasets"
                + ".map(function (d) { return d.label; }).indexOf('suporte-protheus') >= 0")).as("a line per team")
                .isEqualTo(Boolean.TRUE);
        assertThat(body()).contains("Cumprimento do SLA de atendimento (R20)", "Tickets abertos por canal (R5)",
                "Fila ao fim de cada dia, por equipe e situação",
                "Transferências", "Satisfação (R21)");
        assertThat(driver.manage().logs().get("browser").getAll()).noneMatch(e -> e.getMessage()
                .contains("Content Security Policy"));
        screenshot("equipe-painel");
    }

    private void signInToTasklist(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")));
        driver.findElement(By.cssSelector("input[name=username], input#inputUsername, input[type=text]")).sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        await(d -> body().contains("Minhas tarefas"));
    }

    @Test
    void showsTheCockpitAndAdminLoginInPortugueseWithoutTheMigrationBanner() {
        for (String app : new String[] {"cockpit", "admin"}) {
            driver.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
            await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")));
            assertThat(driver.findElement(By.cssSelector("input[type=password]")).getAttribute("placeholder"))
                    .as(app).isEqualTo("Senha");
            assertThat(body()).as(app).contains("Entrar").doesNotContain("migrate to Camunda 8", "Log in");
            assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(e -> e.isDisplayed()))
                    .as(app).isEmpty();
            screenshot(app + "-entrar-pt-br");
        }
    }

    /** The text of the whole page, also what a card folds away. */
    private String allText() {
        return (String) driver.executeScript("return document.body.textContent");
    }

    private String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private void await(java.util.function.Function<org.openqa.selenium.WebDriver, ?> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("tasklist-falha");
            throw new AssertionError("Tasklist shows: " + body(), e);
        }
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
