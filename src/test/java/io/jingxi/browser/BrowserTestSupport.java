package io.jingxi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.jingxi.identity.IdentityApi;

/**
 * Browser journeys: the real application on a random port, the built web app, and Debian's Chromium
 * driven by Playwright (no browser download). Each test opens a fresh browser context at phone or
 * desktop size; a screenshot of the last page is kept under target/browser-screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTestSupport {

	/** The two sizes every page must work at. */
	enum Screen {
		PHONE(390, 844), DESKTOP(1440, 900);

		final int width;
		final int height;

		Screen(int width, int height) {
			this.width = width;
			this.height = height;
		}
	}

	static final String PASSWORD = "Browser-pass-2026";

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	BrowserContext context;

	Page page;

	Screen screen = Screen.DESKTOP;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create();
		var executable = Path.of(System.getProperty("jingxi.chromium", "/usr/bin/chromium"));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	Page open(Screen screen) {
		this.screen = screen;
		if (context != null) {
			context.close();
		}
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(screen.width, screen.height)
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai")
			.setIsMobile(screen == Screen.PHONE)
			.setHasTouch(screen == Screen.PHONE));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		return page;
	}

	@AfterEach
	void keepAScreenshot(TestInfo test) throws Exception {
		if (page != null && !page.isClosed()) {
			var dir = Path.of("target", "browser-screenshots");
			Files.createDirectories(dir);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(dir.resolve(test.getTestClass().map(Class::getSimpleName).orElse("browser") + "-"
						+ test.getTestMethod().map(m -> m.getName()).orElse("test") + "-" + screen.name().toLowerCase()
						+ ".png")));
		}
		if (context != null) {
			context.close();
			context = null;
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	Locator byTestId(String id) {
		return page.getByTestId(id);
	}

	/** A fresh account with the given role codes, in the given unit (null: organisation-wide). */
	String account(Long unitId, String... roles) {
		var username = "b" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "浏览器" + username.substring(1, 4), PASSWORD,
				unitId, null, Set.of(roles), false));
		return username;
	}

	/** Signs in through the login page and waits for the layout. */
	void signIn(String username) {
		signIn(username, PASSWORD);
	}

	void signIn(String username, String password) {
		page.navigate(url("/login"));
		byTestId("login-username").fill(username);
		byTestId("login-password").fill(password);
		byTestId("login-submit").click();
		PlaywrightAssertions.assertThat(byTestId("current-user")).isVisible();
	}

	void signOut() {
		byTestId("logout").click();
		PlaywrightAssertions.assertThat(byTestId("login-form")).isVisible();
	}

	/** Opens a page from the sidebar (through the drawer on phones). */
	void navigate(String navTestId) {
		if (screen == Screen.PHONE) {
			// a drawer showing the last record may cover the header on a phone
			page.keyboard().press("Escape");
			byTestId("menu-toggle").click();
		}
		byTestId(navTestId).click();
	}
}
