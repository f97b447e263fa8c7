package io.jingxi.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Managers reading the rankings (排名) of the generated inspection history. Each virtual user signs in
 * as one of the generated users — half of the time a quality manager (who sees every unit), half of
 * the time a unit manager (of a branch, a district or a front-line unit, who sees the units below
 * theirs, ranked among all) — and asks for rankings: a month of the history (60 %), a quarter (25 %)
 * or a year (15 %), the first page of 50 rows; a quality manager looks at the next page a third of the
 * time. Every ranking places every unit with a score in the period (about 5,000), whatever the reader
 * sees of it. Closed model: {@code USERS} users at once, each replaced when it signs out.
 *
 * <p>System properties: jingxi.url, jingxi.usersFile (users.csv from Generate), jingxi.users (16),
 * jingxi.ramp (10 s), jingxi.duration (180 s), jingxi.rankings (20 per session), jingxi.historyEnd
 * (yyyy-MM, the last month of the history; the last complete month when left out),
 * jingxi.historyMonths (12), jingxi.thinkMinMs and jingxi.thinkMaxMs (100–300 ms).
 */
public class RankingSimulation extends Simulation {

	private static final String URL = System.getProperty("jingxi.url", "http://127.0.0.1:8080");

	private static final String USERS_FILE = System.getProperty("jingxi.usersFile", "target/data/users.csv");

	private static final int USERS = Integer.getInteger("jingxi.users", 16);

	private static final int RAMP = Integer.getInteger("jingxi.ramp", 10);

	private static final int DURATION = Integer.getInteger("jingxi.duration", 180);

	private static final int RANKINGS = Integer.getInteger("jingxi.rankings", 20);

	private static final int MONTHS = Integer.getInteger("jingxi.historyMonths", 12);

	private static final YearMonth END = System.getProperty("jingxi.historyEnd", "").isBlank()
			? YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1) : YearMonth.parse(System.getProperty("jingxi.historyEnd"));

	private static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("jingxi.thinkMinMs", 100));

	private static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("jingxi.thinkMaxMs", 300));

	private static final List<String> MONTH_KEYS = new ArrayList<>();

	private static final List<String> QUARTER_KEYS = new ArrayList<>();

	private static final List<String> YEAR_KEYS = new ArrayList<>();

	static {
		for (int m = MONTHS - 1; m >= 0; m--) {
			YearMonth month = END.minusMonths(m);
			MONTH_KEYS.add(month.toString());
			String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
			if (!QUARTER_KEYS.contains(quarter)) {
				QUARTER_KEYS.add(quarter);
			}
			if (!YEAR_KEYS.contains(Integer.toString(month.getYear()))) {
				YEAR_KEYS.add(Integer.toString(month.getYear()));
			}
		}
	}

	private final HttpProtocolBuilder protocol = http.baseUrl(URL)
		.acceptHeader("application/json")
		.acceptLanguageHeader("zh-CN")
		.userAgentHeader("jingxi-bench")
		.disableWarmUp();

	/** Quality managers and unit managers, by turns. */
	private static Iterator<Map<String, Object>> readers() {
		List<Map<String, Object>> qualityManagers = new ArrayList<>();
		List<Map<String, Object>> unitManagers = new ArrayList<>();
		try {
			List<String> lines = Files.readAllLines(Path.of(USERS_FILE), StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.split(",", -1);
				Map<String, Object> user = new HashMap<>();
				user.put("username", fields[0]);
				user.put("password", fields[1]);
				user.put("role", fields[2].equals("QUALITY_MANAGER") ? "quality manager" : "unit manager");
				(fields[2].equals("QUALITY_MANAGER") ? qualityManagers : unitManagers).add(user);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (qualityManagers.isEmpty() || unitManagers.isEmpty()) {
			throw new IllegalStateException("users.csv needs quality managers and unit managers");
		}
		AtomicInteger next = new AtomicInteger();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Map<String, Object> next() {
				int n = next.getAndIncrement();
				List<Map<String, Object>> from = n % 2 == 0 ? qualityManagers : unitManagers;
				return from.get((n / 2) % from.size());
			}
		};
	}

	private static ChainBuilder csrf() {
		return exec(http("csrf").get("/api/v1/auth/csrf").check(status().is(200), jmesPath("token").saveAs("xsrf")));
	}

	private final ChainBuilder signIn = csrf().exec(http("sign in").post("/api/v1/auth/login")
		.header("X-XSRF-TOKEN", "#{xsrf}")
		.body(StringBody("{\"username\":\"#{username}\",\"password\":\"#{password}\"}"))
		.asJson()
		.check(status().is(200), jmesPath("mustChangePassword").ofBoolean().is(false)));

	private static Session pickPeriod(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int draw = random.nextInt(100);
		List<String> keys = draw < 60 ? MONTH_KEYS : draw < 85 ? QUARTER_KEYS : YEAR_KEYS;
		String kind = draw < 60 ? "month" : draw < 85 ? "quarter" : "year";
		return session.set("period", keys.get(random.nextInt(keys.size())))
			.set("request", "ranking " + kind + ", " + session.getString("role"))
			.set("nextPage", session.getString("role").equals("quality manager") && random.nextInt(3) == 0);
	}

	private final ChainBuilder ranking = exec(RankingSimulation::pickPeriod)
		.exec(http("#{request}").get("/api/v1/reporting/rankings")
			.queryParam("period", "#{period}")
			.check(status().is(200), jmesPath("total").ofInt().saveAs("total")))
		.doIf(session -> session.getBoolean("nextPage") && session.getInt("total") > 50)
		.then(pause(THINK_MIN, THINK_MAX).exec(http("ranking next page, quality manager").get("/api/v1/reporting/rankings")
			.queryParam("period", "#{period}")
			.queryParam("page", 1)
			.check(status().is(200))));

	private final ChainBuilder signOut = csrf()
		.exec(http("sign out").post("/api/v1/auth/logout").header("X-XSRF-TOKEN", "#{xsrf}").check(status().is(204)));

	private final ScenarioBuilder managers = scenario("read rankings")
		.feed(readers())
		.exec(signIn)
		.exitHereIfFailed()
		.repeat(RANKINGS)
		.on(pause(THINK_MIN, THINK_MAX).exec(ranking))
		.pause(THINK_MIN, THINK_MAX)
		.exec(signOut);

	{
		List<ClosedInjectionStep> steps = new ArrayList<>();
		if (RAMP > 0) {
			steps.add(rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP)));
		}
		steps.add(constantConcurrentUsers(USERS).during(Duration.ofSeconds(DURATION)));
		setUp(managers.injectClosed(steps)).protocols(protocol).maxDuration(Duration.ofSeconds(RAMP + DURATION + 120L));
	}
}
