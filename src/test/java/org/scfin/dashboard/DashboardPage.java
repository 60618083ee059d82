package org.scfin.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scfin.testing.Browser;

/** The dashboard as a person uses it: by its address, its sign-in form, its bars, links and buttons. */
final class DashboardPage {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Browser browser;
    private final String base;

    DashboardPage(Browser browser, String base) {
        this.browser = browser;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    WebDriver driver() {
        return browser.driver();
    }

    /** Opens the page at an address fragment such as {@code #region=620300&period=year:2025}. */
    void open(String fragment) {
        driver().get(base + "dashboard" + fragment);
    }

    void signIn(String token) {
        WebElement input =
                browser.waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")));
        input.clear();
        input.sendKeys(token);
        driver().findElement(By.id("sign-in-button")).click();
    }

    /** Waits until the view of that region is completely drawn: its cards, lists and all four charts. */
    void awaitRegion(String code) {
        try {
            browser.waiting(PATIENCE)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("body[data-state='ready'][data-region='" + code + "']")));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the view of " + code + " was not drawn; the page is at " + driver().getCurrentUrl() + ", state "
                            + driver().findElement(By.tagName("body")).getAttribute("data-state") + ", message '"
                            + message() + "', console " + browser.consoleErrors(),
                    e);
        }
    }

    /** Waits for the page to refuse (a message instead of the figures) and returns the message. */
    String awaitRefusal() {
        browser.waiting(PATIENCE).until(driver -> {
            String state = driver.findElement(By.tagName("body")).getAttribute("data-state");
            return "refused".equals(state)
                    || "signed-out".equals(state) && !message().isEmpty();
        });
        return message();
    }

    String message() {
        WebElement box = driver().findElement(By.id("message"));
        return box.isDisplayed() ? box.getText() : "";
    }

    boolean figuresShown() {
        return driver().findElement(By.id("board")).isDisplayed();
    }

    /** Every figure on the cards: its field of the API's answer, its format and the text shown. */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> figures() {
        return (List<Map<String, String>>)
                browser.script("return Array.from(document.querySelectorAll('[data-figure]'))"
                        + ".map(e => ({key: e.dataset.figure, format: e.dataset.format,"
                        + " value: e.querySelector('.value').textContent}))");
    }

    String cardTitle(String card) {
        return driver().findElement(By.cssSelector("[data-card='" + card + "'] h3"))
                .getText();
    }

    String regionTitle() {
        return driver().findElement(By.id("region-title")).getText();
    }

    /** The sub-regions in the ranked list beside the bar chart, as their codes, in order. */
    List<String> rankedChildren() {
        return driver().findElements(By.cssSelector("#children-list a")).stream()
                .map(a -> a.getAttribute("data-region"))
                .toList();
    }

    List<String> breadcrumb() {
        return driver().findElements(By.cssSelector("#breadcrumb li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Clicks the bar of that sub-region in the ranked bar chart, in its middle, with the mouse. */
    void clickBar(String code) {
        int index = rankedChildren().indexOf(code);
        if (index < 0) {
            throw new AssertionError("no bar for " + code + " among " + rankedChildren());
        }
        WebElement chart = driver().findElement(By.id("chart-children"));
        // wholly in view: an offset is counted from the centre of the element's visible part
        browser.script("arguments[0].scrollIntoView({block: 'center'})", chart);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.script(
                "const c = echarts.getInstanceByDom(arguments[0]);"
                        + " const value = c.getOption().series[0].data[arguments[1]];"
                        + " return c.convertToPixel({seriesIndex: 0}, [value / 2, arguments[1]]);",
                chart,
                index);
        int x = point.get(0).intValue() - chart.getSize().getWidth() / 2;
        int y = point.get(1).intValue() - chart.getSize().getHeight() / 2;
        new Actions(driver()).moveToElement(chart, x, y).click().perform();
    }

    /** Goes down to a sub-region with the keyboard: Tab until its link in the ranked list has the focus, then Enter. */
    void enterChildByKeyboard(String code) {
        WebElement target = driver().findElement(By.cssSelector("#children-list a[data-region='" + code + "']"));
        // from the start of the main content, as after the skip link
        browser.script("document.getElementById('main').focus()");
        Actions keys = new Actions(driver());
        for (int presses = 0; presses < 200; presses++) {
            keys.sendKeys(Keys.TAB).perform();
            if (target.equals(driver().switchTo().activeElement())) {
                keys.sendKeys(Keys.ENTER).perform();
                return;
            }
        }
        throw new AssertionError("the link to " + code + " cannot be reached with the Tab key");
    }

    void clickBreadcrumb(String code) {
        driver().findElement(By.cssSelector("#breadcrumb a[data-region='" + code + "']"))
                .click();
    }

    /** Presses a download button: {@code download-csv}, or {@code png-<chart>} for a chart's PNG. */
    void download(String button) {
        WebElement element = button.startsWith("png-")
                ? driver().findElement(By.cssSelector("button.png[data-chart='" + button.substring(4) + "']"))
                : driver().findElement(By.id(button));
        element.click();
    }

    void switchLanguage() {
        driver().findElement(By.id("lang-switch")).click();
    }

    String chainsText() {
        return driver().findElement(By.id("chains-table")).getText();
    }

    String banksText() {
        return driver().findElement(By.id("banks-table")).getText();
    }
}
