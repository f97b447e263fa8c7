package io.jingxi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds a benchmark organisation in a running Jingxi through its public API, the way an
 * administrator would: signs in as the first administrator (changing the first-start password),
 * writes the units and people as xlsx files with the templates' headers and imports them
 * (POST /api/v1/units/imports and /api/v1/people/imports, mode COMMIT, polling the job), then
 * creates the users the simulations sign in as — unit managers of different units and a few
 * organisation-wide quality managers — signs each in once to change the first-sign-in password,
 * and writes their credentials and search material to {@code users.csv} for the simulation.
 *
 * <p>Everything comes from the environment: JINGXI_URL, ADMIN_PASSWORD (the first-start password
 * printed on the console) and optionally ADMIN_NEW_PASSWORD, UNITS (5000), PEOPLE (50000), USERS
 * (64 unit managers), QUALITY_MANAGERS (4), SEED (42), OUT (where the files go), IMPORT_ROWS (rows
 * per people file, at most the server's 50,000), IMPORT_TIMEOUT (seconds per import, 1800). The
 * same seed gives the same organisation, users and passwords.
 */
public final class Generate {

	private final Map<String, String> timings = new LinkedHashMap<>();

	public static void main(String[] args) throws Exception {
		// POI logs through Log4j's API; without a provider it complains once. Its simple logger, errors only.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("log4j2.simplelogLevel", "ERROR");
		new Generate().run();
	}

	private void run() throws Exception {
		String url = required("JINGXI_URL");
		String adminPassword = required("ADMIN_PASSWORD");
		int unitCount = intEnv("UNITS", 5000);
		int peopleCount = intEnv("PEOPLE", 50_000);
		int managerCount = intEnv("USERS", 64);
		int qualityManagerCount = intEnv("QUALITY_MANAGERS", 4);
		long seed = intEnv("SEED", 42);
		int rowsPerFile = Math.min(50_000, intEnv("IMPORT_ROWS", 50_000));
		long importTimeoutMillis = intEnv("IMPORT_TIMEOUT", 1800) * 1000L;
		Path out = Path.of(env("OUT", "target/data"));
		Files.createDirectories(out);
		String adminNewPassword = env("ADMIN_NEW_PASSWORD", password(new Random(seed ^ 0x5eed), "Root"));

		long start = System.nanoTime();
		log("Generating %,d units and %,d people (seed %d)", unitCount, peopleCount, seed);
		long t = System.nanoTime();
		Org org = Org.generate(unitCount, peopleCount, seed);
		lap("model", t);
		Map<String, Long> kinds = new LinkedHashMap<>();
		org.byKind.forEach((kind, list) -> kinds.put(kind.typeCode, (long) list.size()));
		log("  units by type: %s", kinds);

		t = System.nanoTime();
		Path unitsFile = out.resolve("units.xlsx");
		Xlsx.writeUnits(unitsFile, org.units);
		List<Path> peopleFiles = new ArrayList<>();
		for (int from = 0, part = 1; from < org.people.size(); from += rowsPerFile, part++) {
			Path file = out.resolve("people-%02d.xlsx".formatted(part));
			Xlsx.writePeople(file, org.people.subList(from, Math.min(org.people.size(), from + rowsPerFile)));
			peopleFiles.add(file);
		}
		lap("xlsx files written", t);
		log("  %s: %,d bytes; people files: %d (%,d bytes in all)", unitsFile.getFileName(), Files.size(unitsFile),
				peopleFiles.size(), peopleFiles.stream().mapToLong(Generate::size).sum());

		Api admin = new Api(url);
		JsonNode me = admin.signIn("admin", adminPassword);
		if (me.path("mustChangePassword").asBoolean()) {
			admin.changePassword(adminPassword, adminNewPassword);
			log("Changed the first-start password of admin");
		}
		else {
			adminNewPassword = adminPassword;
		}
		Files.writeString(out.resolve("admin.txt"), "admin\n" + adminNewPassword + "\n", StandardCharsets.UTF_8);

		t = System.nanoTime();
		importFile(admin, "api/v1/units/imports", unitsFile, importTimeoutMillis);
		lap("units import (%,d rows)".formatted(org.units.size()), t);
		long peopleStart = System.nanoTime();
		for (Path file : peopleFiles) {
			t = System.nanoTime();
			importFile(admin, "api/v1/people/imports", file, importTimeoutMillis);
			lap("people import " + file.getFileName(), t);
		}
		if (!peopleFiles.isEmpty()) {
			lap("people import (%,d rows)".formatted(org.people.size()), peopleStart);
		}

		Map<String, Long> ids = new HashMap<>();
		collectIds(admin.get("api/v1/units/tree", 200), ids);
		if (ids.size() != org.units.size()) {
			throw new IllegalStateException("the tree has " + ids.size() + " units, expected " + org.units.size());
		}

		t = System.nanoTime();
		List<BenchUser> users = createUsers(admin, org, ids, managerCount, qualityManagerCount, seed);
		lap("users created (%d)".formatted(users.size()), t);
		t = System.nanoTime();
		for (BenchUser user : users) {
			Api api = new Api(url);
			api.signIn(user.username, user.initialPassword);
			api.changePassword(user.initialPassword, user.password);
		}
		lap("first sign-in and password change (%d users)".formatted(users.size()), t);
		writeUsers(out.resolve("users.csv"), users);
		lap("total", start);

		try (var summary = new PrintWriter(Files.newBufferedWriter(out.resolve("generator.txt"), StandardCharsets.UTF_8))) {
			summary.printf("units=%d%npeople=%d%nunit_managers=%d%nquality_managers=%d%nseed=%d%n", org.units.size(),
					org.people.size(), managerCount, qualityManagerCount, seed);
			summary.printf("units_by_type=%s%n", kinds);
			timings.forEach((step, seconds) -> summary.printf("time.%s=%s s%n", step, seconds));
		}
		log("Wrote %s, %s and %s", out.resolve("users.csv"), out.resolve("admin.txt"), out.resolve("generator.txt"));
	}

	/** Uploads a file for import (mode COMMIT) and polls its job until it succeeds; fails on anything else. */
	private static void importFile(Api api, String path, Path file, long timeoutMillis) throws IOException {
		log("Importing %s", file.getFileName());
		JsonNode job = api.upload(path, file, Map.of("mode", "COMMIT"), 202);
		long id = job.path("id").asLong();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		long lastReport = 0;
		while (true) {
			String status = job.path("status").asText();
			if ("SUCCEEDED".equals(status)) {
				log("  job %d: %s, %d rows, %d created, %d updated", id, status, job.path("total").asInt(),
						job.path("created").asInt(), job.path("updated").asInt());
				return;
			}
			if (!"RUNNING".equals(status)) {
				throw new IllegalStateException("import job " + id + " of " + file.getFileName() + " ended " + status
						+ ": " + first(job.path("errors"), 20));
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("import job " + id + " still running after " + timeoutMillis / 1000 + " s");
			}
			if (System.currentTimeMillis() - lastReport > 10_000) {
				log("  job %d: %s, %,d of %,d", id, status, job.path("processed").asInt(), job.path("total").asInt());
				lastReport = System.currentTimeMillis();
			}
			sleep(250);
			job = api.get("api/v1/imports/" + id, 200);
		}
	}

	private static String first(JsonNode errors, int n) {
		List<String> result = new ArrayList<>();
		for (JsonNode error : errors) {
			if (result.size() == n) {
				result.add("… (" + errors.size() + " in all)");
				break;
			}
			result.add("row " + error.path("row").asInt() + " " + error.path("column").asText() + ": "
					+ error.path("message").asText());
		}
		return String.join("; ", result);
	}

	private static void collectIds(JsonNode nodes, Map<String, Long> ids) {
		for (JsonNode node : nodes) {
			ids.put(node.path("code").asText(), node.path("id").asLong());
			collectIds(node.path("children"), ids);
		}
	}

	/** A user the simulation signs in as, with what they search for: units, employee numbers and names they see. */
	record BenchUser(String username, String displayName, String role, Org.Unit unit, String initialPassword,
			String password, List<Long> unitIds, List<String> employeeNos, List<String> names) {
	}

	private static List<BenchUser> createUsers(Api admin, Org org, Map<String, Long> ids, int managers,
			int qualityManagers, long seed) {
		Map<String, Long> roles = new HashMap<>();
		for (JsonNode role : admin.get("api/v1/roles", 200)) {
			roles.put(role.path("code").asText(), role.path("id").asLong());
		}
		Random random = new Random(seed + 1);
		List<BenchUser> users = new ArrayList<>();
		for (Org.Unit unit : managedUnits(org, managers, random)) {
			String username = "mgr%03d".formatted(users.size() + 1);
			Org.Person head = unit.people.isEmpty() ? null : unit.people.get(0);
			String name = head != null ? head.name() : Names.personName(random);
			List<Org.Unit> scope = unit.subtree();
			List<Org.Person> visible = scope.stream().flatMap(u -> u.people.stream()).toList();
			users.add(new BenchUser(username, name, "UNIT_MANAGER", unit, password(random, "Init"), password(random, "Jx"),
					unitIds(random, unit, scope, ids), employeeNos(random, visible), names(random, visible)));
		}
		Org.Unit root = org.units.get(0);
		for (int i = 0; i < qualityManagers; i++) {
			String username = "qm%02d".formatted(i + 1);
			users.add(new BenchUser(username, Names.personName(random), "QUALITY_MANAGER", root, password(random, "Init"),
					password(random, "Jx"), unitIds(random, null, org.units, ids), employeeNos(random, org.people),
					names(random, org.people)));
		}
		for (BenchUser user : users) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("username", user.username);
			body.put("displayName", user.displayName);
			body.put("unitId", ids.get(user.unit.code));
			body.put("roleIds", List.of(roles.get(user.role)));
			body.put("password", user.initialPassword);
			admin.post("api/v1/users", body, 201);
		}
		return users;
	}

	/**
	 * Distinct units for the unit managers: an eighth of them run branches, a quarter districts, the
	 * rest front-line units (business halls, stations, projects…); teams only when nothing else is left.
	 */
	static List<Org.Unit> managedUnits(Org org, int count, Random random) {
		Set<Org.Unit> chosen = new LinkedHashSet<>();
		addSome(chosen, org.byKind.getOrDefault(Kind.BRANCH, List.of()), count / 8, random);
		addSome(chosen, org.byKind.getOrDefault(Kind.DISTRICT, List.of()), count / 4, random);
		List<Org.Unit> frontLine = new ArrayList<>();
		Kind.FRONT_LINE.forEach(kind -> frontLine.addAll(org.byKind.getOrDefault(kind, List.of())));
		addSome(chosen, frontLine, count - chosen.size(), random);
		addSome(chosen, org.byKind.getOrDefault(Kind.TEAM, List.of()), count - chosen.size(), random);
		addSome(chosen, org.units, count - chosen.size(), random);
		if (chosen.size() < count) {
			throw new IllegalStateException("only " + chosen.size() + " units for " + count + " unit managers");
		}
		return List.copyOf(chosen);
	}

	private static void addSome(Set<Org.Unit> chosen, List<Org.Unit> from, int n, Random random) {
		List<Org.Unit> candidates = new ArrayList<>(from);
		candidates.removeAll(chosen);
		java.util.Collections.shuffle(candidates, random);
		for (int i = 0; i < Math.min(n, candidates.size()); i++) {
			chosen.add(candidates.get(i));
		}
	}

	private static List<Long> unitIds(Random random, Org.Unit own, List<Org.Unit> scope, Map<String, Long> ids) {
		Set<Long> result = new LinkedHashSet<>();
		if (own != null) {
			result.add(ids.get(own.code));
		}
		for (int i = 0; i < 32 && result.size() < Math.min(12, scope.size()); i++) {
			result.add(ids.get(Names.pick(random, scope).code));
		}
		return List.copyOf(result);
	}

	/** Whole employee numbers mostly, and some prefixes (which find ten). */
	private static List<String> employeeNos(Random random, List<Org.Person> visible) {
		Set<String> result = new LinkedHashSet<>();
		for (int i = 0; i < 32 && !visible.isEmpty() && result.size() < 12; i++) {
			String number = Names.pick(random, visible).employeeNo();
			result.add(random.nextInt(10) < 7 ? number : number.substring(0, number.length() - 1));
		}
		return List.copyOf(result);
	}

	/** Name fragments of at least two characters: whole names, given names, surname with the first given character. */
	private static List<String> names(Random random, List<Org.Person> visible) {
		Set<String> result = new LinkedHashSet<>();
		for (int i = 0; i < 32 && !visible.isEmpty() && result.size() < 8; i++) {
			String name = Names.pick(random, visible).name();
			int draw = random.nextInt(10);
			result.add(draw < 4 || name.length() < 3 ? name : draw < 7 ? name.substring(1) : name.substring(0, 2));
		}
		return List.copyOf(result);
	}

	/** A password the policy accepts: letters and digits, eight or more, no username in it. */
	static String password(Random random, String prefix) {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
		StringBuilder sb = new StringBuilder(prefix);
		for (int i = 0; i < 8; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.append(10 + random.nextInt(90)).toString();
	}

	private static void writeUsers(Path file, List<BenchUser> users) throws IOException {
		try (var out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("username,password,role,unitCode,unitIds,employeeNos,names");
			for (BenchUser user : users) {
				out.println(String.join(",", user.username, user.password, user.role, user.unit.code,
						join(user.unitIds), String.join(";", user.employeeNos), String.join(";", user.names)));
			}
		}
	}

	private static String join(List<Long> values) {
		return String.join(";", values.stream().map(String::valueOf).toList());
	}

	private void lap(String step, long startNanos) {
		String seconds = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
		timings.put(step, seconds);
		log("%s: %s s", step, seconds);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void log(String format, Object... args) {
		System.out.printf("[generate] " + format + "%n", args);
		System.out.flush();
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
