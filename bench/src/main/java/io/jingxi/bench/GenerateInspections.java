package io.jingxi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inspection history of the benchmarks, after {@link Generate} has built the organisation:
 * <ol>
 * <li>through the API: inspectors (role INSPECTOR, data scope their branch) for every branch, signed in
 * once; the benchmark standard ({@link Checklist}, ITEMS items) created as a draft and published; a
 * visit left as a draft that holds five photos (phone-sized JPEGs written by {@link Photos}), whose
 * stored files the history's photos point at;</li>
 * <li>in bulk with SQL ({@link History}): HISTORY_MONTHS months (ending with HISTORY_END, by default the
 * last complete month) of VISITS_PER_MONTH submitted visits of every front-line unit (business halls,
 * stations, projects…), with everything the application and reporting's read model would have
 * written for them;</li>
 * <li>the checks of {@link CheckInspections}: the generated scores against the application's scoring,
 * visits submitted through the API against the generator's rows for the same answers, and rankings
 * against an independent SQL.</li>
 * </ol>
 * It writes {@code inspectors.csv} and {@code standard.json} (for the simulations), the photos and
 * {@code inspections.txt} (settings, timings, row counts, table sizes, the checks) into OUT.
 *
 * <p>Environment: JINGXI_URL, OUT (Generate's folder, with admin.txt and users.csv), DB_URL, DB_USER,
 * DB_PASSWORD (the application's PostgreSQL), and optionally SEED (42), HISTORY_MONTHS (12),
 * INSPECTOR_PREFIX (insp: usernames insp001…),
 * HISTORY_END (yyyy-MM), VISITS_PER_MONTH (4), ITEMS (60), INSPECTORS_PER_BRANCH (2), CHECK_SCORES (200
 * generated visits re-scored by the application), CHECK_VISITS (20 visits submitted through the API
 * and compared), CHECK_RANKINGS (1: compare rankings with SQL).
 */
public final class GenerateInspections {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** How many photos the holder visit keeps for the history to point at. */
	static final int HOLDER_PHOTOS = 5;

	private final Map<String, String> timings = new LinkedHashMap<>();

	public static void main(String[] args) throws Exception {
		new GenerateInspections().run();
	}

	private void run() throws Exception {
		String url = required("JINGXI_URL");
		Path out = Path.of(required("OUT"));
		long seed = intEnv("SEED", 42);
		int months = intEnv("HISTORY_MONTHS", 12);
		YearMonth end = env("HISTORY_END", "").isBlank() ? YearMonth.now(CHINA).minusMonths(1)
				: YearMonth.parse(env("HISTORY_END", ""));
		int perMonth = intEnv("VISITS_PER_MONTH", 4);
		int itemCount = intEnv("ITEMS", 60);
		int perBranch = intEnv("INSPECTORS_PER_BRANCH", 2);
		long started = System.nanoTime();

		List<String> admin = Files.readAllLines(out.resolve("admin.txt"), StandardCharsets.UTF_8);
		Api api = new Api(url);
		api.signIn(admin.get(0).strip(), admin.get(1).strip());

		// the tree: branches, and the front-line units each branch's inspectors visit
		Map<Long, JsonNode> nodes = new LinkedHashMap<>();
		collect(api.get("api/v1/units/tree", 200), nodes);
		List<String> frontLineTypes = Kind.FRONT_LINE.stream().map(kind -> kind.typeCode).toList();
		Map<Long, List<Long>> frontLineByBranch = new LinkedHashMap<>();
		for (JsonNode node : nodes.values()) {
			if (node.path("typeCode").asText().equals("branch")) {
				frontLineByBranch.put(node.path("id").asLong(), new ArrayList<>());
			}
		}
		for (JsonNode node : nodes.values()) {
			if (frontLineTypes.contains(node.path("typeCode").asText())) {
				Long branch = branchOf(node, nodes);
				if (branch != null) {
					frontLineByBranch.get(branch).add(node.path("id").asLong());
				}
			}
		}
		frontLineByBranch.values().removeIf(List::isEmpty);
		if (frontLineByBranch.isEmpty()) {
			throw new IllegalStateException("no front-line units below a branch: generate a larger organisation");
		}

		long t = System.nanoTime();
		List<Inspector> inspectors = createInspectors(api, url, frontLineByBranch, perBranch, env("INSPECTOR_PREFIX", "insp"),
				seed);
		writeInspectors(out.resolve("inspectors.csv"), inspectors);
		lap("inspectors created and signed in (%d)".formatted(inspectors.size()), t);

		t = System.nanoTime();
		JsonNode created = api.post("api/v1/standards", Map.of("code", Checklist.CODE.formatted(itemCount), "name",
				Checklist.NAME.formatted(itemCount), "description", "Jingxi benchmark standard"), 201);
		long standardId = created.path("standard").path("id").asLong();
		api.put("api/v1/standards/" + standardId + "/versions/1", Checklist.draft(itemCount), 200);
		JsonNode published = api.post("api/v1/standards/" + standardId + "/versions/1/publish", Map.of(), 200);
		Files.writeString(out.resolve("standard.json"), Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(published),
				StandardCharsets.UTF_8);
		Checklist.Version version = Checklist.Version.of(published);
		lap("standard created and published (%d items)".formatted(version.items().size()), t);

		t = System.nanoTime();
		List<Path> photos = Photos.write(out.resolve("photos"), 8, seed);
		lap("photos written (%d, %,d bytes in all)".formatted(photos.size(),
				photos.stream().mapToLong(GenerateInspections::size).sum()), t);

		// a visit left as a draft: it holds the photos the history points at, and takes the answers of the score check
		t = System.nanoTime();
		Inspector holderInspector = inspectors.get(0);
		Api holderApi = holderInspector.signIn(url);
		JsonNode holder = holderApi.post("api/v1/inspections", Map.of("unitId", holderInspector.unitIds().get(0),
				"standardId", standardId, "kind", "SUPERVISOR", "plannedDate", LocalDate.now(CHINA).toString()), 201);
		long holderId = holder.path("visit").path("id").asLong();
		List<Long> photoItems = version.items().stream().filter(item -> item.spec().photoRequired())
			.map(Checklist.VersionItem::id).limit(HOLDER_PHOTOS).toList();
		for (int i = 0; i < HOLDER_PHOTOS; i++) {
			holderApi.upload("api/v1/inspections/" + holderId + "/photos", photos.get(i), "image/jpeg",
					Map.of("itemId", String.valueOf(photoItems.get(i % photoItems.size()))), 201);
		}
		lap("holder visit with %d photos".formatted(HOLDER_PHOTOS), t);

		Map<String, String> results = new LinkedHashMap<>();
		try (Connection db = DriverManager.getConnection(required("DB_URL"), required("DB_USER"), env("DB_PASSWORD", ""))) {
			History history = new History(db);
			history.prepare(version, seed);
			List<History.Inspector> who = historyInspectors(db, inspectors, out.resolve("users.csv"));
			int kindPolicy = Integer.parseInt(history.scalar("select coalesce(max(version), 0) from insp_kind_policy"));
			YearMonth first = end.minusMonths(months - 1L);
			Generate.log("Generating %d months (%s to %s) of %d visits per front-line unit and month, %d items each",
					months, first, end, perMonth, version.items().size());
			t = System.nanoTime();
			Map<String, Long> counts = history.generate(new History.Plan(seed, first, months, perMonth, standardId,
					version.versionId(), kindPolicy, holderId, frontLineTypes), who);
			lap("history (bulk SQL)", t);
			counts.forEach((key, value) -> results.put(key, Long.toString(value)));
			history.tableSizes().forEach((table, size) -> results.put("table." + table, size));
			history.timings().forEach((step, value) -> results.put("history." + step, value));

			CheckInspections check = new CheckInspections(db, history, url, version, seed);
			t = System.nanoTime();
			check.scores(holderApi, holderId, intEnv("CHECK_SCORES", 200)).forEach(results::put);
			lap("check: generated scores re-scored by the application", t);
			t = System.nanoTime();
			check.submitted(inspectors, intEnv("CHECK_VISITS", 20)).forEach(results::put);
			lap("check: visits submitted through the API against the generator", t);
			if (intEnv("CHECK_RANKINGS", 1) > 0) {
				t = System.nanoTime();
				Api qm = qualityManager(url, out.resolve("users.csv"));
				for (String period : List.of(end.toString(), quarter(end), Integer.toString(end.getYear()))) {
					check.ranking(qm, period).forEach(results::put);
				}
				lap("check: rankings against SQL", t);
			}
		}
		lap("total", started);

		try (var summary = new PrintWriter(Files.newBufferedWriter(out.resolve("inspections.txt"), StandardCharsets.UTF_8))) {
			summary.printf("history=%s..%s%nmonths=%d%nvisits_per_month=%d%nitems=%d%ninspectors=%d%nstandard_id=%d%n"
					+ "version_id=%d%nholder_visit=%d%nseed=%d%n", end.minusMonths(months - 1L), end, months, perMonth,
					version.items().size(), inspectors.size(), standardId, version.versionId(), holderId, seed);
			results.forEach((key, value) -> summary.printf("%s=%s%n", key, value));
			timings.forEach((step, seconds) -> summary.printf("time.%s=%s s%n", step, seconds));
		}
		Generate.log("Wrote %s, %s and %s", out.resolve("inspectors.csv"), out.resolve("standard.json"),
				out.resolve("inspections.txt"));
	}

	/** An inspector the generator created: their branch, their front-line units and their credentials. */
	record Inspector(String username, String password, long userId, long branchId, List<Long> unitIds) {

		Api signIn(String url) {
			Api api = new Api(url);
			api.signIn(username, password);
			return api;
		}
	}

	private List<Inspector> createInspectors(Api admin, String url, Map<Long, List<Long>> frontLineByBranch,
			int perBranch, String prefix, long seed) {
		long role = -1;
		for (JsonNode r : admin.get("api/v1/roles", 200)) {
			if (r.path("code").asText().equals("INSPECTOR")) {
				role = r.path("id").asLong();
			}
		}
		if (role < 0) {
			throw new IllegalStateException("no INSPECTOR role");
		}
		Random random = new Random(seed + 7);
		List<Inspector> inspectors = new ArrayList<>();
		for (var branch : frontLineByBranch.entrySet()) {
			for (int k = 0; k < perBranch; k++) {
				String username = prefix + "%03d".formatted(inspectors.size() + 1);
				String initial = Generate.password(random, "Init");
				String password = Generate.password(random, "Jx");
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("username", username);
				body.put("displayName", Names.personName(random));
				body.put("unitId", branch.getKey());
				body.put("roleIds", List.of(role));
				body.put("password", initial);
				long id = admin.post("api/v1/users", body, 201).path("id").asLong();
				Api api = new Api(url);
				api.signIn(username, initial);
				api.changePassword(initial, password);
				inspectors.add(new Inspector(username, password, id, branch.getKey(), List.copyOf(branch.getValue())));
			}
		}
		return inspectors;
	}

	/**
	 * Who the history's visits name: per branch its inspectors, and (branch -1) the quality managers of
	 * users.csv for company checks, each with the name a visit records (their person's, or their username).
	 */
	private static List<History.Inspector> historyInspectors(Connection db, List<Inspector> inspectors, Path usersFile)
			throws IOException, SQLException {
		Map<String, Long> branchOf = new HashMap<>();
		inspectors.forEach(inspector -> branchOf.put(inspector.username(), inspector.branchId()));
		for (String line : Files.readAllLines(usersFile, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", -1);
			if (fields.length > 2 && fields[2].equals("QUALITY_MANAGER")) {
				branchOf.put(fields[0], -1L);
			}
		}
		if (!branchOf.containsValue(-1L)) {
			throw new IllegalStateException("company checks need a quality manager: set QUALITY_MANAGERS above 0");
		}
		List<History.Inspector> result = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				select u.id, u.username, coalesce(p.name, u.username) from idn_user u
				left join org_person p on p.id = u.person_id where u.username = any (?)""")) {
			query.setArray(1, db.createArrayOf("varchar", branchOf.keySet().toArray()));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					result.add(new History.Inspector(branchOf.get(rs.getString(2)), rs.getLong(1), rs.getString(3)));
				}
			}
		}
		return result;
	}

	private static Api qualityManager(String url, Path usersFile) throws IOException {
		for (String line : Files.readAllLines(usersFile, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", -1);
			if (fields.length > 2 && fields[2].equals("QUALITY_MANAGER")) {
				Api api = new Api(url);
				api.signIn(fields[0], fields[1]);
				return api;
			}
		}
		throw new IllegalStateException("no quality manager in " + usersFile);
	}

	private static void writeInspectors(Path file, List<Inspector> inspectors) throws IOException {
		try (var out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("username,password,branchId,unitIds");
			for (Inspector inspector : inspectors) {
				out.println(String.join(",", inspector.username(), inspector.password(),
						Long.toString(inspector.branchId()),
						String.join(";", inspector.unitIds().stream().map(String::valueOf).toList())));
			}
		}
	}

	private static void collect(JsonNode tree, Map<Long, JsonNode> nodes) {
		for (JsonNode node : tree) {
			nodes.put(node.path("id").asLong(), node);
			collect(node.path("children"), nodes);
		}
	}

	private static Long branchOf(JsonNode node, Map<Long, JsonNode> nodes) {
		JsonNode current = node;
		while (current != null) {
			if (current.path("typeCode").asText().equals("branch")) {
				return current.path("id").asLong();
			}
			current = current.path("parentId").isNumber() ? nodes.get(current.path("parentId").asLong()) : null;
		}
		return null;
	}

	static String quarter(YearMonth month) {
		return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
	}

	private void lap(String step, long startNanos) {
		String seconds = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
		timings.put(step, seconds);
		Generate.log("%s: %s s", step, seconds);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("set " + name);
		}
		return value;
	}

	private static int intEnv(String name, int fallback) {
		return Integer.parseInt(env(name, Integer.toString(fallback)).replace("_", "").replace(",", ""));
	}
}
