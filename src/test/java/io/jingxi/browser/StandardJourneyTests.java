package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.Page;

/**
 * The standards journey on a phone and on a desktop: a quality manager adopts the business-hall
 * mystery-shopper template, changes an item (a deduction above the item's points is refused next
 * to the field first), publishes version 1, sees it published and starts the next draft.
 */
class StandardJourneyTests extends BrowserTestSupport {

	String tag() {
		return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	/** Keeps a picture of the page at a step of the journey, next to the last page's screenshot. */
	void snapshot(String step) {
		var file = Path.of("target", "browser-screenshots",
				"StandardJourneyTests-" + step + "-" + screen.name().toLowerCase() + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file));
	}

	/** Confirms the Element Plus message box that a command opens. */
	void confirmBox() {
		page.locator(".el-message-box__btns .el-button--primary").click();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aQualityManagerAdoptsTheBusinessHallTemplateChangesAnItemPublishesItAndStartsTheNextDraft(Screen screen) {
		var manager = account(null, "QUALITY_MANAGER");
		var code = "BH-" + tag();
		open(screen);
		signIn(manager);
		navigate("nav-standards");

		byTestId("standard-templates").click();
		assertThat(byTestId("templates-dialog")).isVisible();
		assertThat(byTestId("template-canteen-hygiene")).containsText("食堂卫生检查表");
		snapshot("templates");
		byTestId("template-adopt-business-hall-mystery-shopper").click();
		assertThat(byTestId("adopt-code")).hasValue("BH-MYSTERY");
		byTestId("adopt-code").fill(code);
		byTestId("adopt-submit").click();

		assertThat(byTestId("standard-title")).containsText("营业厅神秘顾客暗访检查表");
		assertThat(byTestId("standard-title")).containsText(code);
		assertThat(byTestId("version-status")).hasAttribute("data-status", "DRAFT");
		assertThat(byTestId("standard-current-version")).containsText("尚无现行版本");
		assertThat(byTestId("section-name-0")).hasValue("外部环境");
		assertThat(byTestId("section-total-0")).containsText("8 分");

		// a deduction above the item's points: the server's message appears next to the field
		byTestId("item-text-0-0").fill("营业厅外墙整洁，无小广告和乱涂乱画（本公司要求）");
		byTestId("item-points-0-0").locator("input").fill("4");
		byTestId("item-deduction-0-0").locator("input").fill("9");
		page.keyboard().press("Tab");
		assertThat(byTestId("section-total-0")).containsText("9 分");
		byTestId("version-save").click();
		assertThat(byTestId("error-0-0-deduction")).containsText("不能超过该项的分值 4 分（现为 9 分）");
		snapshot("draft-with-error");
		assertThat(byTestId("version-publish")).isDisabled();

		byTestId("item-deduction-0-0").locator("input").fill("4");
		page.keyboard().press("Tab");
		byTestId("version-save").click();
		assertThat(byTestId("error-0-0-deduction")).hasCount(0);
		assertThat(byTestId("version-save")).isDisabled();

		byTestId("version-publish").click();
		confirmBox();
		assertThat(byTestId("version-status")).hasAttribute("data-status", "PUBLISHED");
		assertThat(byTestId("version-1")).hasAttribute("data-status", "PUBLISHED");
		assertThat(byTestId("standard-current-version")).containsText("第 1 版");
		assertThat(byTestId("version-history")).containsText(manager + " 发布于");
		assertThat(byTestId("version-readonly")).isVisible();
		assertThat(byTestId("item-text-0-0")).hasValue("营业厅外墙整洁，无小广告和乱涂乱画（本公司要求）");
		assertThat(byTestId("item-text-0-0")).isDisabled();
		assertThat(byTestId("version-save")).hasCount(0);
		snapshot("published");

		byTestId("version-new-draft").click();
		assertThat(byTestId("version-2")).hasAttribute("data-status", "DRAFT");
		assertThat(byTestId("version-status")).hasAttribute("data-status", "DRAFT");
		assertThat(byTestId("version-1")).hasAttribute("data-status", "PUBLISHED");
		assertThat(byTestId("item-text-0-0")).hasValue("营业厅外墙整洁，无小广告和乱涂乱画（本公司要求）");
		assertThat(byTestId("item-text-0-0")).isEditable();
		assertThat(byTestId("version-new-draft")).hasCount(0);

		// the list shows the standard with its current version and its draft
		navigate("nav-standards");
		byTestId("standards-search").fill(code);
		byTestId("standards-search").press("Enter");
		assertThat(byTestId("standards-table")).containsText("营业厅神秘顾客暗访检查表");
		assertThat(byTestId("standards-table")).containsText("第 2 版");
	}
}
