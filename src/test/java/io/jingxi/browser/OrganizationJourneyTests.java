package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.TwoUnits;

/**
 * The organisation journeys of the foundation: create a unit, add a person, import the people
 * template with one bad row and see that row's error, and a second user who cannot see the first
 * unit — on a phone and on a desktop.
 */
class OrganizationJourneyTests extends BrowserTestSupport {

	@Autowired
	OrganizationApi organization;

	String tag() {
		return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	/** Clicks an option in the open Element Plus popup (selects and tree selects attach them to the body). */
	void pickFromPopup(String text) {
		page.locator(".el-popper:visible .el-select-dropdown__item, .el-popper:visible .el-tree-node__label")
			.filter(new Locator.FilterOptions().setHasText(text)).first().click();
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void anAdministratorCreatesAUnitAndAddsAPersonToIt(Screen screen) {
		var admin = account(null, "SYSTEM_ADMIN");
		var code = "U" + tag();
		var name = "浏览器营业厅" + code;
		open(screen);
		signIn(admin);
		navigate("nav-units");

		byTestId("unit-create").click();
		assertThat(byTestId("unit-create-dialog")).isVisible();
		byTestId("unit-form-code").fill(code);
		byTestId("unit-form-name").fill(name);
		byTestId("unit-form-type").click();
		byTestId("unit-type-option-business_hall").click();
		byTestId("unit-form-phone").fill("0571-88001234");
		byTestId("unit-form-submit").click();
		assertThat(byTestId("unit-node-" + code)).isVisible();
		// a new top-level unit works by the default calendar until it sets its own
		assertThat(byTestId("unit-calendar-source")).containsText("中国大陆标准工作日");

		navigate("nav-people");
		byTestId("person-create").click();
		assertThat(byTestId("person-dialog")).isVisible();
		var employeeNo = "P" + tag();
		byTestId("person-employee-no").fill(employeeNo);
		byTestId("person-name").fill("林晓东");
		byTestId("person-phone").fill("13812345678");
		byTestId("person-unit").click();
		pickFromPopup(name);
		byTestId("person-positions").click();
		page.keyboard().type("营业员");
		page.keyboard().press("Enter");
		byTestId("person-employee-no").click();
		byTestId("person-submit").click();
		assertThat(byTestId("person-dialog")).isHidden();

		byTestId("people-search").fill(employeeNo);
		byTestId("people-search").press("Enter");
		assertThat(byTestId("people-table")).containsText("林晓东");
		assertThat(byTestId("people-table")).containsText(name);
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void importingThePeopleTemplateWithOneBadRowShowsThatRowsError(Screen screen) throws Exception {
		var admin = account(null, "SYSTEM_ADMIN");
		var unitCode = "IMP" + tag();
		AsSystem.run(() -> organization.createUnit(new OrganizationApi.NewUnit(null, unitCode, "导入测试厅" + unitCode,
				"business_hall", null, null, 0)));
		open(screen);
		signIn(admin);
		navigate("nav-people");

		var template = context.request().get(url("/api/v1/people/template"));
		assertThat(template).isOK();
		var file = Files.createTempFile("people-", ".xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			var sheet = workbook.getSheetAt(0);
			for (int r = sheet.getLastRowNum(); r >= 1; r--) {
				sheet.removeRow(sheet.getRow(r));
			}
			var header = sheet.getRow(0);
			List<List<String>> rows = List.of(
					List.of("G" + tag(), "王好行", "13800001111", unitCode, "营业员", "MEMBER", "ACTIVE", "2024-03-01"),
					List.of("B" + tag(), "李坏行", "12345", unitCode, "营业员", "MEMBER", "ACTIVE", "2024-03-01"));
			for (int i = 0; i < rows.size(); i++) {
				var row = sheet.createRow(i + 1);
				for (int c = 0; c < rows.get(i).size() && c < header.getLastCellNum(); c++) {
					row.createCell(c).setCellValue(rows.get(i).get(c));
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		byTestId("people-import").click();
		assertThat(byTestId("import-dialog")).isVisible();
		byTestId("import-file").setInputFiles(file);
		byTestId("import-dry-run").click();
		assertThat(byTestId("import-errors-summary")).isVisible();
		var errors = byTestId("import-errors");
		assertThat(errors.locator("tbody tr")).hasCount(1);
		assertThat(errors).containsText("3");
		assertThat(errors).containsText("手机");
		assertThat(errors).containsText("12345");
		assertThat(byTestId("import-commit")).isDisabled();
		Files.deleteIfExists(file);
	}

	@ParameterizedTest
	@EnumSource(Screen.class)
	void aManagerOfAnotherUnitCannotSeeTheFirstUnitOrItsPeople(Screen screen) {
		var units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
		var employeeNo = "A" + tag();
		AsSystem.run(() -> organization.createPerson(new OrganizationApi.NewPerson(employeeNo, "甲厅员工", "13900002222",
				units.unitA(), List.of("营业员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null)));
		open(screen);
		signIn(units.userB(), units.password());
		navigate("nav-units");
		assertThat(byTestId("unit-node-" + units.codeB())).isVisible();
		assertThat(byTestId("unit-node-" + units.codeA())).hasCount(0);

		navigate("nav-people");
		byTestId("people-search").fill(employeeNo);
		byTestId("people-search").press("Enter");
		assertThat(byTestId("people-table")).not().containsText("甲厅员工");

		// and the first unit's own manager does see it
		signOut();
		signIn(units.userA(), units.password());
		navigate("nav-people");
		byTestId("people-search").fill(employeeNo);
		byTestId("people-search").press("Enter");
		assertThat(byTestId("people-table")).containsText("甲厅员工");
	}

}
