package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.AsSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Planning mystery-shopper visits: a quality manager on a desktop creates a monthly mystery-shopper
 * plan for a business hall, previews its schedule and generates it; the shopper sees the assignment
 * on a phone, with its due date, and opens it; the hall's manager sees neither the plan nor the visit.
 */
class InspectionPlanJourneyTests extends BrowserTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	OrganizationApi organization;

	record Setup(long hallId, String hall, String manager, String shopper, String quality, String tag) {
	}

	Setup setup() {
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		return AsSystem.call(() -> {
			long root = organization.createUnit(new OrganizationApi.NewUnit(null, "MS" + tag, "暗访测试公司" + tag,
					"company", null, null, 0));
			String hall = "湖滨营业厅" + tag;
			long hallId = organization.createUnit(new OrganizationApi.NewUnit(root, "HB" + tag, hall, "business_hall",
					null, null, 1));
			return new Setup(hallId, hall, account(hallId, "UNIT_MANAGER"), account(root, "MYSTERY_SHOPPER"),
					account(null, "QUALITY_MANAGER"), tag);
		});
	}

	/** Calls the API in the signed-in browser session, with its CSRF token, and reads the JSON answer. */
	JsonNode api(String method, String path, String body) {
		JsonNode csrf = JSON.readTree(page.request().get(url("/api/v1/auth/csrf")).text());
		RequestOptions options = RequestOptions.create()
			.setMethod(method)
			.setHeader(csrf.path("headerName").asString(), csrf.path("token").asString())
			.setHeader("Content-Type", "application/json");
		if (body != null) {
			options.setData(body);
		}
		APIResponse response = page.request().fetch(url(path), options);
		if (!response.ok()) {
			throw new AssertionError(method + " " + path + " answered " + response.status() + ": " + response.text());
		}
		String text = response.text();
		return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
	}

	/** The business-hall mystery-shopper template, adopted and published: the standard the plan uses. */
	String publishedStandard(String tag) {
		String name = "营业厅暗访标准" + tag;
		long id = api("POST", "/api/v1/standards/templates/business-hall/mystery-shopper/adopt",
				JSON.writeValueAsString(Map.of("code", "BHMS" + tag, "name", name))).path("standard").path("id").asLong();
		api("POST", "/api/v1/standards/" + id + "/versions/1/publish", null);
		return name;
	}

	void pick(String testId, String text) {
		byTestId(testId).click();
		page.locator(".el-popper:visible .el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText(text))
			.first().click();
	}

	@Test
	void aQualityManagerPlansMonthlyMysteryShopperVisitsTheShopperSeesTheAssignmentOnAPhoneAndTheHallDoesNot() {
		Setup setup = setup();
		open(Screen.DESKTOP);
		signIn(setup.quality());
		String standard = publishedStandard(setup.tag());

		navigate("nav-inspection-plans");
		byTestId("plan-create").click();
		assertThat(byTestId("plan-dialog")).isVisible();
		String planName = "湖滨暗访" + setup.tag();
		byTestId("plan-name").fill(planName);
		pick("plan-kind", "神秘顾客暗访");
		pick("plan-standard", standard);
		pick("plan-assignee", setup.shopper());
		byTestId("plan-units").click();
		page.locator(".el-popper:visible .el-tree-node__content")
			.filter(new Locator.FilterOptions().setHasText(setup.hall()))
			.first()
			.locator(".el-checkbox")
			.click();
		byTestId("plan-name").click();
		// a mystery shopper's visits are never announced
		assertThat(byTestId("plan-announced")).hasClass(Pattern.compile("is-disabled"));

		byTestId("plan-preview").click();
		Locator schedule = byTestId("plan-preview-result").getByTestId("schedule-unit-" + setup.hallId());
		assertThat(schedule).isVisible();
		assertThat(schedule).containsText(setup.shopper());
		assertThat(byTestId("plan-preview-result").locator("thead th")).hasCount(4);

		byTestId("plan-submit").click();
		assertThat(byTestId("plan-dialog")).isHidden();
		Locator row = byTestId("plans-table").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(planName));
		assertThat(row).containsText("神秘顾客暗访");
		assertThat(row).containsText("对被检查单位隐藏");
		row.locator("[data-testid^=plan-generate-]").click();
		assertThat(byTestId("plan-generation-result")).containsText(Pattern.compile("已生成 [12] 项检查任务"));
		assertThat(row.locator("[data-testid^=plan-open-visits-]")).hasText(Pattern.compile("[12]"));
		signOut();

		// the shopper, on a phone, finds the assignment with its due date and opens it
		open(Screen.PHONE);
		signIn(setup.shopper());
		navigate("nav-inspection-assignments");
		Locator card = byTestId("assignments-table").locator("[data-testid^=assignment-card-]")
			.filter(new Locator.FilterOptions().setHasText(setup.hall()))
			.first();
		assertThat(card).isVisible();
		assertThat(card).containsText("神秘顾客暗访");
		assertThat(card).containsText(standard);
		assertThat(card.locator("[data-testid^=assignment-due-]")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
		card.click();
		page.waitForURL(Pattern.compile(".*/inspections/\\d+/conduct$"));
		signOutFromAnyPage();

		// the hall's manager: no plans in the menu, no assignment, no visit of the hall
		open(Screen.PHONE);
		signIn(setup.manager());
		byTestId("menu-toggle").click();
		assertThat(byTestId("nav-inspection-assignments")).isVisible();
		assertThat(byTestId("nav-inspection-plans")).hasCount(0);
		assertThat(byTestId("nav-inspection-publications")).hasCount(0);
		byTestId("nav-inspection-assignments").click();
		assertThat(byTestId("assignments-table")).containsText("暂无检查任务");
		assertThat(byTestId("assignments-table")).not().containsText(setup.hall());
		org.assertj.core.api.Assertions.assertThat(
				api("GET", "/api/v1/inspections?unitId=" + setup.hallId(), null).path("total").asInt())
			.isZero();
		page.navigate(url("/inspection-plans"));
		assertThat(byTestId("page-forbidden")).isVisible();
	}

	/** Signs out wherever the browser is, through the API, and goes back to the login page. */
	void signOutFromAnyPage() {
		api("POST", "/api/v1/auth/logout", null);
		page.navigate(url("/login"));
		assertThat(byTestId("login-form")).isVisible();
	}
}
