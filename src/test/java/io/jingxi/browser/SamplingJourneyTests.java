package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.sampling.InspectionLevel;
import io.jingxi.sampling.SamplingApi;
import io.jingxi.shared.AsSystem;

/**
 * Receiving goods by sampling: a canteen manager receives three lots of pork on a phone, two are
 * rejected, the supplier moves to tightened inspection and the next lot gets the tightened plan;
 * on a desktop the supplier's figures, switching state and the printable record follow.
 */
class SamplingJourneyTests extends BrowserTestSupport {

	@Autowired
	OrganizationApi organization;

	@Autowired
	SamplingApi sampling;

	record Setup(long unitId, String supplier, String item, String manager) {
	}

	Setup setup() {
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		return AsSystem.call(() -> {
			long unit = organization.createUnit(new OrganizationApi.NewUnit(null, "CT" + tag, "职工食堂" + tag,
					"business_hall", null, null, 0));
			String supplier = "鲜肉供应商" + tag;
			organization.createVendor(new OrganizationApi.NewVendor("SUP" + tag, supplier, "王经理", null));
			String item = "冷鲜猪肉" + tag;
			sampling.createItem(new SamplingApi.NewItem("PORK" + tag, item, "箱", InspectionLevel.II, null, "1.0", null));
			return new Setup(unit, supplier, item, account(unit, "UNIT_MANAGER"));
		});
	}

	void pick(String testId, String text) {
		byTestId(testId).click();
		page.locator(".el-popper:visible .el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText(text))
			.first().click();
	}

	void fillNumber(String testId, int value) {
		Locator input = page.locator("[data-testid=" + testId + "] input");
		input.fill(String.valueOf(value));
		input.press("Tab");
	}

	void receiveLot(int defects, String decision) {
		fillNumber("receive-defects-MAJOR", defects);
		byTestId("receive-submit").click();
		assertThat(byTestId("receive-result")).hasAttribute("data-decision", decision);
	}

	@Test
	void threeLotsOnAPhoneTwoRejectedMoveTheSupplierToTightenedAndTheNextLotGetsTheTightenedPlan() {
		Setup setup = setup();
		open(Screen.PHONE);
		signIn(setup.manager());
		navigate("nav-sampling");
		assertThat(byTestId("receive-lot")).isVisible();

		pick("receive-supplier", setup.supplier());
		pick("receive-item", setup.item());
		fillNumber("receive-lot-size", 1200);
		// 1 200 items at level II: code letter J, 80 items, AQL 1.0 on normal inspection: Ac 2, Re 3
		assertThat(byTestId("receive-plan-MAJOR")).hasAttribute("data-severity", "NORMAL");
		assertThat(byTestId("receive-plan-text-MAJOR")).containsText("字码 J · 样本量 80 · Ac 2 / Re 3");

		receiveLot(3, "REJECTED");
		byTestId("receive-next").click();
		receiveLot(0, "ACCEPTED");
		byTestId("receive-next").click();
		receiveLot(4, "REJECTED");
		assertThat(byTestId("receive-result-switch")).containsText("加严检验");

		byTestId("receive-next").click();
		assertThat(byTestId("receive-plan-MAJOR")).hasAttribute("data-severity", "TIGHTENED");
		assertThat(byTestId("receive-severity-MAJOR")).hasText("加严检验");
		assertThat(byTestId("receive-plan-text-MAJOR")).containsText("字码 J · 样本量 80 · Ac 1 / Re 2");
		// two defects now reject the lot, where normal inspection would have accepted it
		receiveLot(2, "REJECTED");
		assertThat(byTestId("receive-result")).containsText("Ac 1 / Re 2");
	}

	@Test
	void onADesktopTheSuppliersFiguresSwitchingStateAndPrintableRecordFollow() {
		Setup setup = setup();
		open(Screen.DESKTOP);
		signIn(setup.manager());
		navigate("nav-sampling");
		pick("receive-supplier", setup.supplier());
		pick("receive-item", setup.item());
		fillNumber("receive-lot-size", 500);
		// 500 items at level II: H, 50 items, AQL 1.0: Ac 1, Re 2
		assertThat(byTestId("receive-plan-text-MAJOR")).containsText("字码 H · 样本量 50 · Ac 1 / Re 2");
		receiveLot(2, "REJECTED");
		byTestId("receive-next").click();
		receiveLot(3, "REJECTED");

		var print = context.waitForPage(() -> byTestId("receive-print").click());
		print.waitForLoadState();
		assertThat(print.getByTestId("lot-print-view")).containsText("抽样验收记录");
		assertThat(print.getByTestId("lot-print-decision")).containsText("拒收");
		assertThat(print.getByTestId("lot-print-view")).containsText(setup.supplier());
		assertThat(print.getByTestId("lot-print-view")).containsText("加严检验");
		print.close();

		byTestId("sampling-tab-overview").click();
		var row = byTestId("sampling-overview").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(setup.supplier()));
		assertThat(row).containsText("加严检验");
		assertThat(row).containsText("0.0%");
		row.getByText(setup.item()).click();
		assertThat(byTestId("summary-lots")).hasText("2");
		assertThat(byTestId("sampling-trend-chart")).isVisible();
		assertThat(byTestId("supplier-item-drawer").locator("[data-testid^=stream-]").first())
			.hasAttribute("data-severity", Pattern.compile("TIGHTENED"));
		assertThat(byTestId("sampling-export")).hasAttribute("href", Pattern.compile("/api/v1/sampling/lots/export"));
	}
}
