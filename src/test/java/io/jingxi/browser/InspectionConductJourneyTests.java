package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.files.TestImages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conducting a visit and appealing its finding: on a 390 px phone an inspector starts a visit of a
 * business hall, fails an item and photographs it, leaves and resumes the draft, answers the rest and
 * submits; on a 1440 px desktop the hall's manager appeals the finding, a quality manager upholds the
 * appeal and the visit's score rises.
 */
class InspectionConductJourneyTests extends BrowserTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String FAILED = "000-3.1-01";

	static final String MEASURED = "000-3.1-06";

	@Autowired
	OrganizationApi organization;

	record Setup(String unitName, String inspector, String manager, String quality, String standardName) {
	}

	Setup setup() {
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		return AsSystem.call(() -> {
			long root = organization.createUnit(new OrganizationApi.NewUnit(null, "IR" + tag, "检查分公司" + tag,
					"company", null, null, 0));
			String unitName = "人民路营业厅" + tag;
			long unit = organization.createUnit(new OrganizationApi.NewUnit(root, "IH" + tag, unitName,
					"business_hall", null, null, 1));
			return new Setup(unitName, account(root, "INSPECTOR"), account(unit, "UNIT_MANAGER"),
					account(null, "QUALITY_MANAGER"), "营业厅暗访" + tag);
		});
	}

	/** The quality manager adopts the business-hall checklist and publishes it, through the API of the signed-in page. */
	void publishStandard(Setup setup) {
		page.request().get(url("/api/v1/auth/csrf"));
		String token = context.cookies().stream().filter(c -> c.name.equals("XSRF-TOKEN")).findFirst().orElseThrow().value;
		APIResponse adopted = page.request().post(url("/api/v1/standards/templates/business-hall/mystery-shopper/adopt"),
				RequestOptions.create().setHeader("X-XSRF-TOKEN", token).setHeader("Content-Type", "application/json")
					.setData("{\"code\":\"BH-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"name\":\""
							+ setup.standardName() + "\"}"));
		assertThat(adopted).isOK();
		long standardId = JSON.readTree(adopted.text()).path("standard").path("id").asLong();
		assertThat(page.request().post(url("/api/v1/standards/" + standardId + "/versions/1/publish"),
				RequestOptions.create().setHeader("X-XSRF-TOKEN", token))).isOK();
	}

	void pickFromPopup(String text) {
		page.locator(".el-popper:visible .el-select-dropdown__item, .el-popper:visible .el-tree-node__label")
			.filter(new Locator.FilterOptions().setHasText(text)).first().click();
	}

	void waitUntilSaved() {
		assertThat(byTestId("conduct-save-state")).hasAttribute("data-state", "saved");
	}

	/** A screenshot of what the user sees now, kept next to the final one for a person to look at. */
	void snapshot(String name) {
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "browser-screenshots", "InspectionConduct-" + name + ".png")));
	}

	BigDecimal total() {
		assertThat(byTestId("inspection-total")).not().hasAttribute("data-total", "");
		return new BigDecimal(byTestId("inspection-total").getAttribute("data-total"));
	}

	@Test
	void anInspectorConductsAVisitOnAPhoneAndTheUnitsAppealIsUpheldOnADesktop() {
		Setup setup = setup();
		open(Screen.DESKTOP);
		signIn(setup.quality());
		publishStandard(setup);

		// on a phone: a new visit of the hall
		open(Screen.PHONE);
		signIn(setup.inspector());
		navigate("nav-inspections");
		byTestId("inspection-new").click();
		page.locator("[data-testid=inspection-new-unit] .el-select__wrapper").click();
		pickFromPopup(setup.unitName());
		byTestId("inspection-new-standard").click();
		pickFromPopup(setup.standardName());
		byTestId("inspection-new-save").click();
		assertThat(byTestId("conduct-page")).isVisible();
		assertThat(byTestId("conduct-save-state")).isVisible();

		// the hall's outside wall is covered in small ads: not met, photographed, described
		Locator failed = byTestId("conduct-item-" + FAILED);
		byTestId("answer-no-" + FAILED).click();
		byTestId("photo-input-" + FAILED).setInputFiles(new FilePayload("IMG_0042.jpg", "image/jpeg",
				TestImages.jpegWithExif(1600, 1200, "inspector-phone")));
		assertThat(byTestId("photo-thumb-" + FAILED)).hasCount(1);
		byTestId("answer-note-" + FAILED).fill("外墙有三处小广告");
		waitUntilSaved();
		assertThat(failed).hasAttribute("data-answered", "true");
		failed.scrollIntoViewIfNeeded();
		snapshot("phone-failed-item");

		// leave and resume: the answer, the note and the photo are still there
		page.reload();
		assertThat(byTestId("conduct-item-" + FAILED)).hasAttribute("data-answered", "true");
		assertThat(byTestId("photo-thumb-" + FAILED)).hasCount(1);
		assertThat(byTestId("answer-note-" + FAILED)).hasValue("外墙有三处小广告");
		assertThat(byTestId("conduct-progress")).containsText("已答 1/");

		// the rest met, the hall's temperature measured
		byTestId("conduct-rest-met").click();
		Locator temperature = page.locator("[data-testid='answer-value-" + MEASURED + "'] input");
		temperature.fill("22");
		temperature.press("Tab");
		waitUntilSaved();
		assertThat(byTestId("conduct-item-" + MEASURED)).hasAttribute("data-answered", "true");
		assertThat(page.locator("[data-testid^=conduct-item-][data-answered=false]")).hasCount(0);
		assertThat(byTestId("conduct-score")).not().hasText("–");

		byTestId("conduct-submit").click();
		page.locator(".el-message-box__btns .el-button--primary").click();
		assertThat(byTestId("inspection-detail")).isVisible();
		assertThat(byTestId("inspection-status")).hasText("已提交");
		BigDecimal submitted = total();
		org.assertj.core.api.Assertions.assertThat(submitted).isLessThan(new BigDecimal("100"));
		assertThat(byTestId("line-" + FAILED)).hasAttribute("data-outcome", "NOT_MET");
		assertThat(byTestId("line-photo-" + FAILED)).hasCount(1);
		snapshot("phone-submitted");

		// on a desktop: the hall's manager appeals the finding
		open(Screen.DESKTOP);
		signIn(setup.manager());
		navigate("nav-inspections");
		page.locator("[data-testid=inspection-list] tbody tr").filter(new Locator.FilterOptions().setHasText(setup.unitName()))
			.first().click();
		assertThat(byTestId("finding-" + FAILED)).hasAttribute("data-overturned", "false");
		assertThat(byTestId("inspection-inspector")).hasText(Pattern.compile(".+"));
		byTestId("finding-appeal-" + FAILED).click();
		byTestId("reason-input").fill("小广告是检查当天凌晨被人张贴的，已于上午清除，有照片为证");
		byTestId("reason-save").click();
		assertThat(byTestId("appeal-" + FAILED)).hasAttribute("data-status", "OPEN");
		signOut();

		// a quality manager upholds it from the pending appeals
		signIn(setup.quality());
		navigate("nav-inspection-appeals");
		Locator pending = page.locator("[data-testid^=appeals-row-]").filter(new Locator.FilterOptions().setHasText(setup.unitName()));
		assertThat(pending).hasCount(1);
		snapshot("desktop-pending-appeals");
		pending.locator("[data-testid^=appeals-uphold-]").click();
		byTestId("appeals-reason").fill("核实属实：张贴时间在检查前数小时");
		byTestId("appeals-save").click();
		assertThat(pending).hasCount(0);

		byTestId("appeals-filter-status").click();
		pickFromPopup("申诉成立");
		Locator upheld = page.locator("[data-testid^=appeals-row-]").filter(new Locator.FilterOptions().setHasText(setup.unitName()));
		assertThat(upheld).hasAttribute("data-status", "UPHELD");
		upheld.getByText("查看检查").click();
		assertThat(byTestId("finding-" + FAILED)).hasAttribute("data-overturned", "true");
		assertThat(byTestId("line-" + FAILED)).containsText("申诉成立");
		org.assertj.core.api.Assertions.assertThat(total()).isGreaterThan(submitted);
		snapshot("desktop-upheld");
	}
}
