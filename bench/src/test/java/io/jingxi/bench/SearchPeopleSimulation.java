package io.jingxi.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The first scenario: people at work looking people up. Each virtual user signs in as one of the
 * generated users (unit managers of different units, a few organisation-wide quality managers),
 * opens the unit tree, runs a mix of people searches — by a name fragment, by employee number,
 * filtered by a unit in their scope, and paging through their list — with a short think time,
 * and signs out; then the next virtual user takes its place (closed model: a fixed number of
 * users at once). Every request checks its status, so errors are counted.
 *
 * <p>System properties: jingxi.url, jingxi.usersFile (users.csv from {@link Generate}),
 * jingxi.users (64), jingxi.ramp (30 s), jingxi.duration (180 s), jingxi.searches (20 per
 * session), jingxi.thinkMinMs and jingxi.thinkMaxMs (100–300 ms).
 */
public class SearchPeopleSimulation extends Simulation {

	private static final String URL = System.getProperty("jingxi.url", "http://127.0.0.1:8080");

	private static final String USERS_FILE = System.getProperty("jingxi.usersFile", "target/data/users.csv");

	private static final int USERS = Integer.getInteger("jingxi.users", 64);

	private static final int RAMP = Integer.getInteger("jingxi.ramp", 30);

	private static final int DURATION = Integer.getInteger("jingxi.duration", 180);

	private static final int SEARCHES = Integer.getInteger("jingxi.searches", 20);

	private static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("jingxi.thinkMinMs", 100));

	private static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("jingxi.thinkMaxMs", 300));

	private static final int PAGE_SIZE = 20;

	private final HttpProtocolBuilder protocol = http.baseUrl(URL)
		.acceptHeader("application/json")
		.acceptLanguageHeader("zh-CN")
		.userAgentHeader("jingxi-bench")
		.disableWarmUp();

	/** One of the ;-separated values of a feeder column, at random. */
	private static String any(Session session, String column) {
		String[] values = session.getString(column).split(";");
		return values[ThreadLocalRandom.current().nextInt(values.length)];
	}

	private static ChainBuilder csrf(String name) {
		return exec(http(name).get("/api/v1/auth/csrf").check(status().is(200), jmesPath("token").saveAs("xsrf")));
	}

	private final ChainBuilder signIn = csrf("csrf")
		.exec(http("sign in").post("/api/v1/auth/login")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.body(StringBody("{\"username\":\"#{username}\",\"password\":\"#{password}\"}"))
			.asJson()
			.check(status().is(200), jmesPath("mustChangePassword").ofBoolean().is(false)));

	private final ChainBuilder tree = exec(http("unit tree").get("/api/v1/units/tree").check(status().is(200)));

	private final ChainBuilder byName = exec(session -> session.set("q", any(session, "names")))
		.exec(http("people by name").get("/api/v1/people").queryParam("q", "#{q}").check(status().is(200)));

	private final ChainBuilder byNumber = exec(session -> session.set("q", any(session, "employeeNos")))
		.exec(http("people by employee no").get("/api/v1/people").queryParam("q", "#{q}").check(status().is(200)));

	private final ChainBuilder byUnit = exec(session -> session.set("unit", any(session, "unitIds")))
		.exec(http("people by unit").get("/api/v1/people").queryParam("unitId", "#{unit}").check(status().is(200)));

	/**
	 * The list of everyone in one's scope (a unit manager's own unit with its sub-units, everyone for
	 * a quality manager), then up to three next pages as far as there are any.
	 */
	private final ChainBuilder paging = exec(session -> session.set("own", session.getString("unitIds").split(";")[0])
		.set("role", session.getString("role")))
		.doIfEqualsOrElse("#{role}", "QUALITY_MANAGER")
		.then(exec(http("people list").get("/api/v1/people")
			.queryParam("size", PAGE_SIZE)
			.check(status().is(200), jmesPath("total").ofInt().saveAs("total"))))
		.orElse(exec(http("people list").get("/api/v1/people")
			.queryParam("unitId", "#{own}")
			.queryParam("size", PAGE_SIZE)
			.check(status().is(200), jmesPath("total").ofInt().saveAs("total"))))
		.exec(session -> {
			int pages = (session.getInt("total") + PAGE_SIZE - 1) / PAGE_SIZE;
			List<Integer> next = new ArrayList<>();
			for (int p = 1; p < Math.min(pages, 4); p++) {
				next.add(p);
			}
			return session.set("nextPages", next);
		})
		.foreach("#{nextPages}", "page")
		.on(pause(THINK_MIN, THINK_MAX)
			.doIfEqualsOrElse("#{role}", "QUALITY_MANAGER")
			.then(exec(http("people next page").get("/api/v1/people")
				.queryParam("size", PAGE_SIZE)
				.queryParam("page", "#{page}")
				.check(status().is(200))))
			.orElse(exec(http("people next page").get("/api/v1/people")
				.queryParam("unitId", "#{own}")
				.queryParam("size", PAGE_SIZE)
				.queryParam("page", "#{page}")
				.check(status().is(200)))));

	private final ChainBuilder signOut = csrf("csrf")
		.exec(http("sign out").post("/api/v1/auth/logout").header("X-XSRF-TOKEN", "#{xsrf}").check(status().is(204)));

	private final ScenarioBuilder people = scenario("search people")
		.feed(csv(USERS_FILE).circular())
		.exec(signIn)
		.exitHereIfFailed()
		.pause(THINK_MIN, THINK_MAX)
		.exec(tree)
		.repeat(SEARCHES)
		.on(pause(THINK_MIN, THINK_MAX)
			.randomSwitch()
			.on(percent(30).then(byName), percent(25).then(byNumber), percent(25).then(byUnit),
					percent(20).then(paging)))
		.pause(THINK_MIN, THINK_MAX)
		.exec(signOut);

	{
		List<ClosedInjectionStep> steps = new ArrayList<>();
		if (RAMP > 0) {
			steps.add(rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP)));
		}
		steps.add(constantConcurrentUsers(USERS).during(Duration.ofSeconds(DURATION)));
		setUp(people.injectClosed(steps)).protocols(protocol).maxDuration(Duration.ofSeconds(RAMP + DURATION + 120L));
	}
}
