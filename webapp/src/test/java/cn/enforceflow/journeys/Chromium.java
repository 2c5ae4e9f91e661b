package cn.enforceflow.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Playwright, for the journey tests: launch it
 * once per test class, sign people in as they would, and keep screenshots in
 * {@code target/screenshots}.
 */
final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path.of(System.getProperty("enforceflow.chromium", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Path.of(System.getProperty("enforceflow.screenshots", "target/screenshots"));

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Chromium launch() {
		assertThat(EXECUTABLE).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Playwright playwright = Playwright.create();
		// no background traffic: this machine reaches nothing but loopback
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new Chromium(playwright, browser);
	}

	Browser browser() {
		return this.browser;
	}

	/** Signs in through the sign-in page and waits for the home page. */
	static void signIn(Page page, int port, String username) {
		page.navigate(url(port, "/login"));
		page.fill("#username", username);
		page.fill("#password", "demo");
		page.click("button[type=submit]");
		page.waitForURL(url(port, "/"));
	}

	/**
	 * Opens the page frame's menu where the page shows it (at phone width, 640 px and
	 * less), so that the links of the top bar (nav-tasks, notifications-link,
	 * current-user, ...) can be clicked; at desk width they are in the bar already and
	 * nothing happens.
	 */
	static void openMenu(Page page) {
		Locator button = page.getByTestId("menu-button");
		if (button.isVisible() && !"true".equals(button.getAttribute("aria-expanded"))) {
			button.click();
		}
	}

	static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	static Page.ScreenshotOptions screenshot(String name) {
		return new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true);
	}

	@Override
	public void close() {
		this.playwright.close();
	}

}
