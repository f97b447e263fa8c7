package io.jingxi.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Inspectors conducting visits on their phones. Each virtual user signs in as one of the generated
 * inspectors (role INSPECTOR, data scope their branch) and, until the time is up, conducts visits of
 * front-line units in their branch against the benchmark standard: creates a supervisor visit, puts
 * the answers to all its items at once (about a tenth failed, drawn as the history draws them, at most
 * five of the failed items needing a photo), uploads five phone photos (3000 × 4000 JPEGs of 1–3 MB,
 * first on the failed items that need one), and submits it. Think times between the steps stand for
 * the inspector walking the hall; they are short, so one virtual inspector does in seconds what a real
 * one does in half an hour.
 *
 * <p>System properties: jingxi.url, jingxi.inspectorsFile (inspectors.csv from GenerateInspections),
 * jingxi.standardFile (standard.json), jingxi.photos (the folder of photo-*.jpg), jingxi.users (16
 * inspectors at once), jingxi.ramp (10 s), jingxi.duration (180 s), jingxi.thinkMinMs and
 * jingxi.thinkMaxMs (1000–3000 ms between steps), jingxi.failureRate (0.1), jingxi.photosPerVisit (5).
 */
public class SubmitVisitSimulation extends Simulation {

	private static final String URL = System.getProperty("jingxi.url", "http://127.0.0.1:8080");

	private static final String INSPECTORS = System.getProperty("jingxi.inspectorsFile", "target/data/inspectors.csv");

	private static final String STANDARD = System.getProperty("jingxi.standardFile", "target/data/standard.json");

	private static final String PHOTOS = System.getProperty("jingxi.photos", "target/data/photos");

	private static final int USERS = Integer.getInteger("jingxi.users", 16);

	private static final int RAMP = Integer.getInteger("jingxi.ramp", 10);

	private static final int DURATION = Integer.getInteger("jingxi.duration", 180);

	private static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("jingxi.thinkMinMs", 1000));

	private static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("jingxi.thinkMaxMs", 3000));

	private static final double FAILURE_RATE = Double.parseDouble(System.getProperty("jingxi.failureRate", "0.1"));

	private static final int PHOTOS_PER_VISIT = Integer.getInteger("jingxi.photosPerVisit", 5);

	private static final Checklist.Version VERSION;

	private static final List<byte[]> PHOTO_BYTES = new ArrayList<>();

	static {
		try {
			VERSION = Checklist.Version.of(Api.JSON.readTree(Path.of(STANDARD).toFile()));
			try (var files = Files.list(Path.of(PHOTOS))) {
				for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jpg")).sorted().toList()) {
					PHOTO_BYTES.add(Files.readAllBytes(file));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (PHOTO_BYTES.isEmpty()) {
			throw new IllegalStateException("no photos in " + PHOTOS);
		}
	}

	private final HttpProtocolBuilder protocol = http.baseUrl(URL)
		.acceptHeader("application/json")
		.acceptLanguageHeader("zh-CN")
		.userAgentHeader("jingxi-bench (phone)")
		.disableWarmUp();

	private static ChainBuilder csrf() {
		return exec(http("csrf").get("/api/v1/auth/csrf").check(status().is(200), jmesPath("token").saveAs("xsrf")));
	}

	private final ChainBuilder signIn = csrf().exec(http("sign in").post("/api/v1/auth/login")
		.header("X-XSRF-TOKEN", "#{xsrf}")
		.body(StringBody("{\"username\":\"#{username}\",\"password\":\"#{password}\"}"))
		.asJson()
		.check(status().is(200), jmesPath("mustChangePassword").ofBoolean().is(false)));

	/** A unit of the inspector's branch, the answers of the visit and the items its photos go to. */
	private static Session prepareVisit(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String[] units = session.getString("unitIds").split(";");
		List<Answers.Answer> answers = Answers.draw(VERSION, FAILURE_RATE, new java.util.Random(random.nextLong()),
				PHOTOS_PER_VISIT);
		List<Object> bodies = new ArrayList<>();
		answers.forEach(answer -> bodies.add(answer.body()));
		List<Map<String, Object>> photos = new ArrayList<>();
		for (long itemId : Answers.photoItems(VERSION, answers, PHOTOS_PER_VISIT)) {
			photos.add(Map.of("itemId", itemId, "photo", random.nextInt(PHOTO_BYTES.size())));
		}
		try {
			return session.set("unitId", units[random.nextInt(units.length)])
				.set("answers", Api.JSON.writeValueAsString(Map.of("answers", bodies)))
				.set("photos", photos);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final ChainBuilder visit = exec(SubmitVisitSimulation::prepareVisit)
		.exec(http("create visit").post("/api/v1/inspections")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.body(StringBody(session -> "{\"unitId\":" + session.getString("unitId") + ",\"standardId\":"
					+ VERSION.standardId() + ",\"kind\":\"SUPERVISOR\",\"plannedDate\":\"" + LocalDate.now() + "\"}"))
			.asJson()
			.check(status().is(201), jmesPath("visit.id").saveAs("visitId")))
		.exitHereIfFailed()
		.pause(THINK_MIN, THINK_MAX)
		.exec(http("put 60 answers").put("/api/v1/inspections/#{visitId}/answers")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.body(StringBody("#{answers}"))
			.asJson()
			.check(status().is(200)))
		.foreach("#{photos}", "photo")
		.on(pause(THINK_MIN, THINK_MAX).exec(http("upload photo").post("/api/v1/inspections/#{visitId}/photos")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.bodyPart(StringBodyPart("itemId", "#{photo.itemId}"))
			.bodyPart(ByteArrayBodyPart("file", session -> PHOTO_BYTES.get((Integer) session.getMap("photo").get("photo")))
				.contentType("image/jpeg")
				.fileName("IMG_20261201.jpg"))
			.asMultipartForm()
			.check(status().is(201))))
		.pause(THINK_MIN, THINK_MAX)
		.exec(http("submit").post("/api/v1/inspections/#{visitId}/submit")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.check(status().is(200), jmesPath("visit.status").is("SUBMITTED")))
		.pause(THINK_MIN, THINK_MAX);

	private final ScenarioBuilder inspectors = scenario("conduct visits")
		.feed(csv(INSPECTORS).circular())
		.exec(signIn)
		.exitHereIfFailed()
		.during(Duration.ofSeconds(DURATION))
		.on(exec(visit));

	{
		setUp(inspectors.injectOpen(RAMP > 0 ? rampUsers(USERS).during(Duration.ofSeconds(RAMP)) : atOnceUsers(USERS)))
			.protocols(protocol)
			.maxDuration(Duration.ofSeconds(RAMP + DURATION + 300L));
	}
}
