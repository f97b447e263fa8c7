package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.files.TestImages;

/**
 * The whole inspection loop of issue 3, through the web app only, switching between a 1440 px desktop
 * for the quality manager and a 390 px phone for the mystery shopper and the hall's manager: the
 * quality manager adopts and publishes the business-hall mystery-shopper checklist and plans a visit
 * for the shopper; the shopper conducts it on the phone, fails two items, photographs one with the
 * camera and submits; the hall sees nothing until the quality manager publishes the result; then its
 * manager sees the result (never who the shopper was) and the two notices, fixes one with a photo
 * and appeals the other; the quality manager rejects the fix once, accepts the second, upholds the
 * appeal and sees the visit's score rise; the dashboard ranks the hall with the score after the
 * appeal, for the quality manager and, on the phone, for the hall's manager.
 */
class InspectionLoopJourneyTests extends BrowserTestSupport {

	/** The outside wall: a photo is required when it fails. */
	static final String PHOTOGRAPHED = "000-3.1-01";

	/** The promotional video: no photo required; the hall appeals this one. */
	static final String APPEALED = "000-3.1-08";

	/** The measured item (hall temperature) that "the rest met" leaves open. */
	static final String MEASURED = "000-3.1-06";

	@Autowired
	OrganizationApi organization;

	record Setup(long hallId, String hall, String manager, String managerName, String shopper, String shopperName,
			String quality, String tag) {
	}

	/** The organisation only: a company, its hall with a manager (person and account), a shopper, a quality manager. */
	Setup setup() {
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		return AsSystem.call(() -> {
			long root = organization.createUnit(new OrganizationApi.NewUnit(null, "LP" + tag, "闭环测试公司" + tag,
					"company", null, null, 0));
			String hall = "解放路营业厅" + tag;
			long hallId = organization.createUnit(new OrganizationApi.NewUnit(root, "LPH" + tag, hall, "business_hall",
					null, null, 1));
			String managerName = "赵厅长" + tag;
			long person = organization.createPerson(new OrganizationApi.NewPerson("LP" + tag, managerName, null, hallId,
					List.of("厅经理"), UnitRole.MANAGER, PersonStatus.ACTIVE, null));
			String manager = "lm" + tag.toLowerCase();
			identity.createAccount(new IdentityApi.NewAccount(manager, managerName, PASSWORD, hallId, person,
					Set.of("UNIT_MANAGER"), false));
			String shopperName = "钱暗访" + tag;
			String shopper = "ls" + tag.toLowerCase();
			identity.createAccount(new IdentityApi.NewAccount(shopper, shopperName, PASSWORD, root, null,
					Set.of("MYSTERY_SHOPPER"), false));
			return new Setup(hallId, hall, manager, managerName, shopper, shopperName,
					account(null, "QUALITY_MANAGER"), tag);
		});
	}

	/** What the hall's manager's browser received from the server (JSON and HTML), to prove the shopper never shows. */
	final List<String> managerTraffic = new CopyOnWriteArrayList<>();

	/** A viewport screenshot of a key step, next to the other journeys' screenshots. */
	void snapshot(String step) {
		if (screen == Screen.PHONE) {
			// the sidebar drawer slides away after a menu tap
			assertThat(byTestId("nav-drawer")).isHidden();
			// nothing sticks out sideways on a 390 px screen
			Object overflow = page.evaluate(
					"() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			Assertions.assertThat(((Number) overflow).intValue()).as("sideways overflow at step %s", step)
				.isLessThanOrEqualTo(0);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser-screenshots",
				"InspectionLoop-" + step + "-" + screen.name().toLowerCase() + ".png")));
	}

	void confirmBox() {
		page.locator(".el-message-box__btns .el-button--primary").click();
	}

	void pick(String testId, String text) {
		byTestId(testId).click();
		page.locator(".el-popper:visible .el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText(text))
			.first().click();
	}

	FilePayload photo(String name) {
		return new FilePayload(name, "image/jpeg", TestImages.jpegWithExif(1600, 1200, "phone-camera"));
	}

	/** Signs in on a fresh phone as the hall's manager, recording every answer the browser gets. */
	void managerOnAPhone(Setup setup) {
		open(Screen.PHONE);
		context.onResponse(this::record);
		signIn(setup.manager());
	}

	void record(Response response) {
		String type = response.headerValue("content-type");
		if (type != null && (type.contains("json") || type.contains("text"))) {
			try {
				managerTraffic.add(response.url() + "\n" + response.text());
			}
			catch (RuntimeException gone) {
				// a redirect or an aborted request has no body to look at
			}
		}
	}

	/** Neither the page the manager sees nor anything the server sent them names the shopper. */
	void noTraceOfTheShopper(Setup setup) {
		String visible = page.locator("body").innerText();
		Assertions.assertThat(visible).doesNotContain(setup.shopper()).doesNotContain(setup.shopperName());
		Assertions.assertThat(managerTraffic).isNotEmpty()
			.allSatisfy(body -> Assertions.assertThat(body)
				.doesNotContain(setup.shopper())
				.doesNotContain(setup.shopperName()));
	}

	/**
	 * Waits for something that appears once an event has been handled in the background (a notice
	 * after publication, a ranking after a score change), reloading the page as a user would.
	 */
	void reloadUntilVisible(Locator locator) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			try {
				assertThat(locator).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
					.setTimeout(2_000));
				return;
			}
			catch (AssertionError notYet) {
				if (Instant.now().isAfter(until)) {
					throw notYet;
				}
				page.reload();
			}
		}
	}

	/** Does something and waits until the server has answered the list request it sets off. */
	void afterAnswer(String request, Runnable action) {
		page.waitForResponse(response -> response.url().contains(request) && response.ok(), action);
	}

	BigDecimal total() {
		assertThat(byTestId("inspection-total")).not().hasAttribute("data-total", "");
		return new BigDecimal(byTestId("inspection-total").getAttribute("data-total"));
	}

	long idIn(String url, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(url);
		Assertions.assertThat(matcher.find()).as(url).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void aMysteryShopperVisitGoesFromTheTemplateThroughNoticesAndAnAppealToTheRanking() {
		Setup setup = setup();
		String standard = "营业厅暗访标准" + setup.tag();

		// 1. the quality manager, on a desktop: the business-hall template adopted and published
		open(Screen.DESKTOP);
		signIn(setup.quality());
		navigate("nav-standards");
		byTestId("standard-templates").click();
		byTestId("template-adopt-business-hall-mystery-shopper").click();
		byTestId("adopt-code").fill("LPB" + setup.tag());
		byTestId("adopt-name").fill(standard);
		byTestId("adopt-submit").click();
		assertThat(byTestId("standard-title")).containsText(standard);
		assertThat(byTestId("version-status")).hasAttribute("data-status", "DRAFT");
		byTestId("version-publish").click();
		confirmBox();
		assertThat(byTestId("version-status")).hasAttribute("data-status", "PUBLISHED");
		assertThat(byTestId("standard-current-version")).containsText("第 1 版");
		snapshot("1-standard-published");

		// a mystery-shopper plan for the hall, the shopper named, generated now
		navigate("nav-inspection-plans");
		byTestId("plan-create").click();
		assertThat(byTestId("plan-dialog")).isVisible();
		String planName = "解放路暗访" + setup.tag();
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
		assertThat(byTestId("plan-announced")).hasClass(Pattern.compile("is-disabled"));
		byTestId("plan-preview").click();
		assertThat(byTestId("plan-preview-result").getByTestId("schedule-unit-" + setup.hallId()))
			.containsText(setup.shopper());
		byTestId("plan-submit").click();
		assertThat(byTestId("plan-dialog")).isHidden();
		Locator plan = byTestId("plans-table").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(planName));
		assertThat(plan).containsText("对被检查单位隐藏");
		plan.locator("[data-testid^=plan-generate-]").click();
		assertThat(byTestId("plan-generation-result")).containsText(Pattern.compile("已生成 [12] 项检查任务"));
		snapshot("1-plan-generated");
		signOut();

		// 2. the shopper, on a phone: the assignment conducted, two items failed, one photographed
		open(Screen.PHONE);
		signIn(setup.shopper());
		navigate("nav-inspection-assignments");
		Locator assignment = byTestId("assignments-table").locator("[data-testid^=assignment-card-]")
			.filter(new Locator.FilterOptions().setHasText(setup.hall()))
			.first();
		assertThat(assignment).containsText("神秘顾客暗访");
		assignment.click();
		page.waitForURL(Pattern.compile(".*/inspections/\\d+/conduct$"));
		long visitId = idIn(page.url(), "/inspections/(\\d+)/conduct");
		assertThat(byTestId("conduct-page")).isVisible();

		byTestId("answer-no-" + PHOTOGRAPHED).click();
		byTestId("photo-input-" + PHOTOGRAPHED).setInputFiles(photo("IMG_2001.jpg"));
		assertThat(byTestId("photo-thumb-" + PHOTOGRAPHED)).hasCount(1);
		byTestId("answer-note-" + PHOTOGRAPHED).fill("外墙贴有两张办证小广告");
		byTestId("answer-no-" + APPEALED).click();
		byTestId("answer-note-" + APPEALED).fill("厅内显示屏黑屏，未播放宣传片");
		assertThat(byTestId("conduct-save-state")).hasAttribute("data-state", "saved");
		byTestId("conduct-item-" + PHOTOGRAPHED).scrollIntoViewIfNeeded();
		snapshot("2-failed-item-photographed");

		byTestId("conduct-rest-met").click();
		Locator temperature = page.locator("[data-testid='answer-value-" + MEASURED + "'] input");
		temperature.fill("23");
		temperature.press("Tab");
		assertThat(byTestId("conduct-save-state")).hasAttribute("data-state", "saved");
		assertThat(page.locator("[data-testid^=conduct-item-][data-answered=false]")).hasCount(0);
		assertThat(byTestId("conduct-score")).not().hasText("–");
		byTestId("conduct-submit").click();
		confirmBox();
		assertThat(byTestId("inspection-detail")).isVisible();
		assertThat(byTestId("inspection-status")).hasText("已提交");
		BigDecimal submitted = total();
		Assertions.assertThat(submitted).isLessThan(new BigDecimal("100"));
		assertThat(byTestId("line-" + PHOTOGRAPHED)).hasAttribute("data-outcome", "NOT_MET");
		assertThat(byTestId("line-" + APPEALED)).hasAttribute("data-outcome", "NOT_MET");
		assertThat(byTestId("line-photo-" + PHOTOGRAPHED)).hasCount(1);
		snapshot("2-submitted-score");
		navigate("nav-inspection-assignments");
		byTestId("assignments-tab-done").click();
		assertThat(byTestId("assignments-table").locator("[data-testid=assignment-card-" + visitId + "]"))
			.containsText(setup.hall());
		signOut();

		// 3. the hall's manager, on a phone: nothing of the visit before publication
		// (each list is looked at once the server has answered, so "nothing" means nothing)
		managerOnAPhone(setup);
		afterAnswer("/api/v1/inspections?", () -> navigate("nav-inspections"));
		assertThat(byTestId("inspection-list")).containsText("暂无数据");
		assertThat(byTestId("inspection-row-" + visitId)).hasCount(0);
		afterAnswer("/api/v1/rectifications?", () -> navigate("nav-rectifications"));
		afterAnswer("/api/v1/rectifications?", () -> byTestId("rectification-tab-all").click());
		assertThat(byTestId("rectifications-cards")).containsText("暂无整改通知单");
		assertThat(page.locator("[data-testid^=rectification-card-]")).hasCount(0);
		snapshot("3-hall-sees-nothing");
		afterAnswer("/api/v1/reporting/rankings?", () -> navigate("nav-dashboard"));
		assertThat(byTestId("ranking-rows")).containsText("暂无数据");
		assertThat(byTestId("ranking-row-" + setup.hallId())).hasCount(0);
		noTraceOfTheShopper(setup);
		signOut();

		// 4. the quality manager, on a desktop, publishes the result
		open(Screen.DESKTOP);
		signIn(setup.quality());
		navigate("nav-inspection-publications");
		Locator awaiting = byTestId("publications-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(setup.hall()));
		assertThat(awaiting).hasCount(1);
		assertThat(awaiting).containsText(setup.shopper());
		snapshot("4-awaiting-publication");
		awaiting.getByTestId("publish-" + visitId).click();
		confirmBox();
		assertThat(awaiting).hasCount(0);
		signOut();

		// 5. the hall's manager, on a phone: the result without the shopper, the two notices
		managerOnAPhone(setup);
		navigate("nav-inspections");
		byTestId("inspection-row-" + visitId).click();
		assertThat(byTestId("inspection-detail")).isVisible();
		assertThat(byTestId("inspection-total")).hasAttribute("data-total", Pattern.compile(".+"));
		Assertions.assertThat(total()).isEqualByComparingTo(submitted);
		assertThat(byTestId("inspection-inspector")).hasText("神秘顾客");
		assertThat(byTestId("finding-" + PHOTOGRAPHED)).hasAttribute("data-overturned", "false");
		assertThat(byTestId("finding-" + APPEALED)).hasAttribute("data-overturned", "false");
		assertThat(byTestId("line-photo-" + PHOTOGRAPHED)).hasCount(1);
		snapshot("5-published-result");
		// the visit itself went through the check below: its answer is among what was recorded
		Assertions.assertThat(managerTraffic)
			.anySatisfy(body -> Assertions.assertThat(body).contains("/api/v1/inspections/" + visitId + "\n")
				.contains("\"inspectorHidden\":true"));
		noTraceOfTheShopper(setup);

		navigate("nav-rectifications");
		Locator fixCard = page.locator("[data-testid^=rectification-card-]")
			.filter(new Locator.FilterOptions().setHasText(PHOTOGRAPHED));
		reloadUntilVisible(fixCard);
		Locator appealCard = page.locator("[data-testid^=rectification-card-]")
			.filter(new Locator.FilterOptions().setHasText(APPEALED));
		reloadUntilVisible(appealCard);
		assertThat(fixCard).hasAttribute("data-status", "OPEN");
		assertThat(appealCard).hasAttribute("data-status", "OPEN");
		assertThat(fixCard).containsText(setup.hall());
		snapshot("5-notices");
		noTraceOfTheShopper(setup);

		fixCard.click();
		assertThat(byTestId("rectification-detail")).isVisible();
		long noticeId = idIn(page.url(), "/rectifications/(\\d+)");
		assertThat(byTestId("rectification-responsible")).hasText(setup.managerName());
		assertThat(byTestId("rectification-finding-note")).hasText("外墙贴有两张办证小广告");
		assertThat(byTestId("rectification-finding-photos").locator("img")).hasCount(1);
		submitFix("已清除外墙小广告", "fix-1.jpg");
		snapshot("5-fix-submitted");
		noTraceOfTheShopper(setup);

		// the other finding is appealed from the visit
		navigate("nav-inspections");
		byTestId("inspection-row-" + visitId).click();
		byTestId("finding-appeal-" + APPEALED).click();
		assertThat(byTestId("reason-dialog")).isVisible();
		byTestId("reason-input").fill("显示屏当日上午在检修，已有维修记录，检修完毕后即恢复播放");
		byTestId("reason-save").click();
		assertThat(byTestId("appeal-" + APPEALED)).hasAttribute("data-status", "OPEN");
		assertThat(byTestId("finding-appeal-" + PHOTOGRAPHED)).isVisible();
		snapshot("5-appealed");
		// and followed among the hall's appeals, which the hall cannot decide itself
		navigate("nav-inspection-appeals");
		Locator filed = page.locator("[data-testid^=appeals-row-]").filter(new Locator.FilterOptions().setHasText(APPEALED));
		assertThat(filed).hasAttribute("data-status", "OPEN");
		assertThat(filed.locator("[data-testid^=appeals-uphold-]")).hasCount(0);
		noTraceOfTheShopper(setup);
		signOut();

		// 6. the quality manager rejects the fix once with a reason
		open(Screen.DESKTOP);
		signIn(setup.quality());
		verifyFromMyList(noticeId);
		assertThat(byTestId("rectification-detail")).hasAttribute("data-status", "SUBMITTED");
		assertThat(byTestId("rectification-fix")).containsText("已清除外墙小广告");
		assertThat(byTestId("rectification-fix-photos").locator("img")).hasCount(1);
		byTestId("rectification-verify-text").fill("照片未拍到整面外墙，请补拍");
		byTestId("rectification-reject").click();
		assertThat(byTestId("rectification-detail")).hasAttribute("data-status", "OPEN");
		assertThat(byTestId("rectification-timeline").locator("[data-action=REJECTED]")).containsText("照片未拍到整面外墙");
		snapshot("6-fix-rejected");
		signOut();

		// the manager sees why and submits again
		managerOnAPhone(setup);
		navigate("nav-rectifications");
		Locator again = byTestId("rectification-card-" + noticeId);
		assertThat(again).hasAttribute("data-status", "OPEN");
		again.click();
		assertThat(byTestId("rectification-timeline").locator("[data-action=REJECTED]")).containsText("照片未拍到整面外墙");
		submitFix("重新清理并补拍整面外墙", "fix-2.jpg");
		noTraceOfTheShopper(setup);
		signOut();

		// the quality manager accepts the second fix and upholds the appeal
		open(Screen.DESKTOP);
		signIn(setup.quality());
		verifyFromMyList(noticeId);
		assertThat(byTestId("rectification-fix")).containsText("重新清理并补拍整面外墙");
		byTestId("rectification-accept").click();
		assertThat(byTestId("rectification-detail")).hasAttribute("data-status", "CLOSED");
		assertThat(byTestId("rectification-status")).hasText("已关闭");
		snapshot("6-fix-accepted");

		// the pending appeal, decided on the visit's page where the score is
		navigate("nav-inspection-appeals");
		Locator pending = page.locator("[data-testid^=appeals-row-]").filter(new Locator.FilterOptions().setHasText(setup.hall()));
		assertThat(pending).hasCount(1);
		assertThat(pending).hasAttribute("data-status", "OPEN");
		assertThat(pending).containsText(APPEALED);
		pending.getByText("查看检查").click();
		assertThat(byTestId("appeal-" + APPEALED)).hasAttribute("data-status", "OPEN");
		BigDecimal beforeAppeal = total();
		Assertions.assertThat(beforeAppeal).isEqualByComparingTo(submitted);
		snapshot("6-appeal-pending");
		byTestId("appeal-uphold-" + APPEALED).click();
		byTestId("reason-input").fill("维修记录属实，检修期间不计扣分");
		byTestId("reason-save").click();
		assertThat(byTestId("appeal-" + APPEALED)).hasAttribute("data-status", "UPHELD");
		assertThat(byTestId("finding-" + APPEALED)).hasAttribute("data-overturned", "true");
		assertThat(byTestId("finding-" + PHOTOGRAPHED)).hasAttribute("data-overturned", "false");
		assertThat(byTestId("line-" + APPEALED)).containsText("申诉成立");
		assertThat(byTestId("inspection-total")).not().hasAttribute("data-total", beforeAppeal.toPlainString());
		BigDecimal afterAppeal = total();
		Assertions.assertThat(afterAppeal).isGreaterThan(beforeAppeal);
		// the appeal names the change in numbers, the same as the totals shown before and after
		Matcher change = Pattern.compile("总分 ([0-9.]+) → ([0-9.]+)")
			.matcher(byTestId("appeal-" + APPEALED).innerText());
		Assertions.assertThat(change.find()).isTrue();
		Assertions.assertThat(new BigDecimal(change.group(1))).isEqualByComparingTo(beforeAppeal);
		Assertions.assertThat(new BigDecimal(change.group(2))).isEqualByComparingTo(afterAppeal);
		snapshot("6-appeal-upheld");
		navigate("nav-inspection-appeals");
		assertThat(page.locator("[data-testid^=appeals-row-]").filter(new Locator.FilterOptions().setHasText(setup.hall())))
			.hasCount(0);

		// the appealed finding's notice is cancelled with it
		navigate("nav-rectifications");
		byTestId("rectification-tab-all").click();
		Locator cancelled = byTestId("rectifications-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(APPEALED))
			.filter(new Locator.FilterOptions().setHasText(setup.hall()));
		assertThat(cancelled).containsText("已撤销");

		// 7. the dashboard: the hall's score for the month is the visit's score after the appeal
		String score = afterAppeal.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		navigate("nav-dashboard");
		Locator row = byTestId("ranking-row-" + setup.hallId());
		reloadUntilScore(setup.hallId(), score);
		assertThat(row).hasText(setup.hall());
		assertThat(byTestId("ranking-rank-" + setup.hallId())).hasText("1");
		snapshot("7-dashboard");
		byTestId("ranking-open-" + setup.hallId()).click();
		assertThat(byTestId("drilldown")).isVisible();
		assertThat(byTestId("drilldown-score")).hasText(score);
		assertThat(byTestId("drilldown-visit-" + visitId)).containsText(score);
		// the deduction that stands (the other was overturned on appeal) shows the shopper's photo
		assertThat(byTestId("drilldown-visit-" + visitId).locator("[data-testid^=deduction-photos-] img")).hasCount(1);
		page.keyboard().press("Escape");
		assertThat(byTestId("drilldown")).isHidden();
		signOut();

		// the hall's manager, on the phone, sees the hall's own card
		managerOnAPhone(setup);
		navigate("nav-dashboard");
		reloadUntilScore(setup.hallId(), score);
		assertThat(page.locator("[data-testid^=ranking-row-]")).hasCount(1);
		assertThat(byTestId("ranking-row-" + setup.hallId())).containsText(setup.hall());
		assertThat(byTestId("ranking-place-" + setup.hallId())).containsText("全市排名 第 1 / 1 名");
		snapshot("7-dashboard");
		noTraceOfTheShopper(setup);
	}

	/** The submitted fix waits for the quality manager in their first tab; they open it from there. */
	void verifyFromMyList(long noticeId) {
		navigate("nav-rectifications");
		assertThat(byTestId("rectification-tab-mine")).hasClass(Pattern.compile("is-active"));
		Locator waiting = byTestId("rectifications-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHas(byTestId("rectification-open-" + noticeId)));
		assertThat(waiting).containsText("待复查");
		waiting.getByTestId("rectification-open-" + noticeId).click();
		page.waitForURL(Pattern.compile(".*/rectifications/" + noticeId + "$"));
	}

	/** The manager's fix: a photo from the camera, what was done, submitted. */
	void submitFix(String description, String photoName) {
		assertThat(byTestId("rectification-detail")).hasAttribute("data-status", "OPEN");
		byTestId("rectification-photo-input").setInputFiles(photo(photoName));
		assertThat(page.locator("[data-testid^=rectification-photo-delete-]")).hasCount(1);
		byTestId("rectification-fix-description").fill(description);
		byTestId("rectification-fix-submit").click();
		assertThat(byTestId("rectification-detail")).hasAttribute("data-status", "SUBMITTED");
		assertThat(byTestId("rectification-fix")).containsText(description);
		assertThat(page.locator("[data-testid^=rectification-photo-delete-]")).hasCount(0);
	}

	/** The ranking's score of the unit, once the reporting read model has caught up with the appeal. */
	void reloadUntilScore(long unitId, String score) {
		Locator cell = byTestId("ranking-score-" + unitId);
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		List<String> seen = new ArrayList<>();
		while (true) {
			reloadUntilVisible(cell);
			String shown = cell.innerText().strip();
			if (shown.equals(score)) {
				return;
			}
			seen.add(shown);
			Assertions.assertThat(Instant.now()).as("the ranking's score never became %s, saw %s", score, seen)
				.isBefore(until);
			page.waitForTimeout(1_000);
			page.reload();
		}
	}
}
