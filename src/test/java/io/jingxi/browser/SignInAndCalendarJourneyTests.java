package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.options.AriaRole;

/** Sign in, switch the language, and look at the holiday calendar, on a phone and on a desktop. */
class SignInAndCalendarJourneyTests extends BrowserTestSupport {

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aWrongPasswordShowsTheServersMessageAndTheRightOneSignsIn(Screen screen) {
		var username = account(null, "QUALITY_MANAGER");
		open(screen).navigate(url("/"));
		byTestId("login-username").fill(username);
		byTestId("login-password").fill("not-the-password-1");
		byTestId("login-submit").click();
		assertThat(byTestId("login-error")).containsText("用户名或密码错误");

		byTestId("login-password").fill(PASSWORD);
		byTestId("login-submit").click();
		assertThat(byTestId("current-user")).isVisible();
		if (screen == Screen.PHONE) {
			byTestId("menu-toggle").click();
		}
		// a quality manager sees calendars and the audit log but not roles
		assertThat(byTestId("nav-calendars")).isVisible();
		assertThat(byTestId("nav-audit")).isVisible();
		assertThat(byTestId("nav-roles")).hasCount(0);
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void switchingTheLanguageTranslatesTheAppAndTheServersMessages(Screen screen) {
		var username = account(null, "SYSTEM_ADMIN");
		open(screen).navigate(url("/login"));
		byTestId("language-switch").click();
		assertThat(byTestId("login-submit")).containsText("Sign in");
		byTestId("login-username").fill(username);
		byTestId("login-password").fill("wrong-password-1");
		byTestId("login-submit").click();
		assertThat(byTestId("login-error")).containsText("Wrong username or password");

		signIn(username);
		if (screen == Screen.PHONE) {
			byTestId("menu-toggle").click();
		}
		assertThat(byTestId("nav-calendars")).containsText("Calendars");
		if (screen == Screen.PHONE) {
			page.keyboard().press("Escape");
		}
		byTestId("language-switch").click();
		if (screen == Screen.PHONE) {
			byTestId("menu-toggle").click();
		}
		assertThat(byTestId("nav-calendars")).containsText("日历");
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void theStandardCalendarShowsNationalDayAndItsMakeUpWorkdays(Screen screen) {
		var username = account(null, "QUALITY_MANAGER");
		open(screen);
		context.clock().setFixedTime("2025-10-15T10:00:00+08:00");
		signIn(username);
		navigate("nav-calendars");
		byTestId("calendar-row-CN-STANDARD").click();
		assertThat(byTestId("calendar-month-title")).containsText("2025");

		var nationalDay = byTestId("calendar-day-2025-10-01");
		assertThat(nationalDay).hasAttribute("data-reason", "HOLIDAY");
		assertThat(nationalDay).containsText("国庆");
		assertThat(byTestId("calendar-day-2025-10-08")).hasAttribute("data-working", "false");
		assertThat(byTestId("calendar-day-2025-10-09")).hasAttribute("data-reason", "WORKDAY");
		assertThat(byTestId("calendar-day-2025-10-11")).hasAttribute("data-reason", "MAKEUP_WORKDAY");

		byTestId("calendar-prev").click();
		assertThat(byTestId("calendar-day-2025-09-28")).hasAttribute("data-reason", "MAKEUP_WORKDAY");
		assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible();
	}
}
