package io.jingxi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic organisation of exactly {@code units} units and {@code people} people, the same for
 * the same seed: one company; city branches; districts below them; front-line units of the real
 * kinds (business halls, power-supply stations, toll stations, property projects, canteens…)
 * spread over the districts, with customer-service centres directly below branches; teams below
 * the front-line units. People are spread by how many each kind of unit employs; each unit's first
 * person is its manager (a team's, its team leader).
 */
final class Org {

	/** One unit, as its import row will carry it; {@code index} is its place in the list. */
	static final class Unit {

		final int index;

		final String code;

		final String name;

		final Unit parent;

		final Kind kind;

		final String address;

		final String phone;

		final int sortOrder;

		final List<Unit> children = new ArrayList<>();

		final List<Person> people = new ArrayList<>();

		final String city;

		final String district;

		Unit(int index, String code, String name, Unit parent, Kind kind, String address, String phone, int sortOrder,
				String city, String district) {
			this.index = index;
			this.code = code;
			this.name = name;
			this.parent = parent;
			this.kind = kind;
			this.address = address;
			this.phone = phone;
			this.sortOrder = sortOrder;
			this.city = city;
			this.district = district;
			if (parent != null) {
				parent.children.add(this);
			}
		}

		/** This unit and every unit below it, parents before children. */
		List<Unit> subtree() {
			List<Unit> result = new ArrayList<>();
			result.add(this);
			for (int i = 0; i < result.size(); i++) {
				result.addAll(result.get(i).children);
			}
			return result;
		}
	}

	record Person(String employeeNo, String name, String phone, Unit unit, List<String> positions, String unitRole,
			String status, LocalDate hireDate) {
	}

	final List<Unit> units = new ArrayList<>();

	final List<Person> people = new ArrayList<>();

	final Map<Kind, List<Unit>> byKind = new LinkedHashMap<>();

	private Org() {
	}

	static Org generate(int unitCount, int peopleCount, long seed) {
		if (unitCount < 1) {
			throw new IllegalArgumentException("at least one unit");
		}
		Org org = new Org();
		Random random = new Random(seed);
		org.buildUnits(unitCount, random);
		org.buildPeople(peopleCount, random);
		return org;
	}

	private void buildUnits(int n, Random random) {
		int branches = Math.max(0, Math.min(n - 1, Math.max(1, Math.round(n / 360f))));
		int districts = Math.max(0, Math.min(n - 1 - branches, Math.max(branches, Math.round(n / 50f))));
		int rest = n - 1 - branches - districts;
		int teams = rest / 2;
		int frontLine = rest - teams;

		Unit company = add(null, Kind.COMPANY, "JX", "精细服务集团有限公司", "南京", "玄武", random);
		List<Unit> branchList = new ArrayList<>();
		for (int b = 0; b < branches; b++) {
			String city = Names.CITIES.get(b % Names.CITIES.size());
			String name = city + (b < Names.CITIES.size() ? "" : "第" + (b / Names.CITIES.size() + 1)) + "分公司";
			branchList.add(add(company, Kind.BRANCH, "JX-B%02d".formatted(b + 1), name, city, "", random));
		}
		List<Unit> districtList = new ArrayList<>();
		for (int d = 0; d < districts; d++) {
			Unit branch = branchList.get(d % branchList.size());
			String district = Names.DISTRICTS.get((d * 7 + branch.index) % Names.DISTRICTS.size());
			String code = "%s-D%02d".formatted(branch.code, branch.children.size() + 1);
			districtList.add(add(branch, Kind.DISTRICT, code, branch.city + district + "区域", branch.city, district, random));
		}
		List<Unit> frontLineList = new ArrayList<>();
		List<Unit> parents = districtList.isEmpty() ? (branchList.isEmpty() ? List.of(company) : branchList) : districtList;
		for (int f = 0; f < frontLine; f++) {
			Kind kind = Kind.frontLine(random);
			Unit parent = kind == Kind.SERVICE_CENTER && !branchList.isEmpty() ? Names.pick(random, branchList)
					: parents.get(random.nextInt(parents.size()));
			String district = parent.district.isEmpty() ? Names.pick(random, Names.DISTRICTS) : parent.district;
			String code = "%s-%05d".formatted(kind.codePrefix, f + 1);
			frontLineList.add(add(parent, kind, code, kind.unitName(random, parent.city, district), parent.city, district,
					random));
		}
		for (int t = 0; t < teams; t++) {
			Unit parent = frontLineList.get(random.nextInt(frontLineList.size()));
			List<String> names = parent.kind.teams;
			int existing = parent.children.size();
			String name = existing < names.size() ? names.get(existing) : "第" + (existing + 1) + "班组";
			add(parent, Kind.TEAM, "BZ-%05d".formatted(t + 1), name, parent.city, parent.district, random);
		}
	}

	private Unit add(Unit parent, Kind kind, String code, String name, String city, String district, Random random) {
		int cityIndex = Math.max(0, Names.CITIES.indexOf(city));
		String address = city + "市" + (district.isEmpty() ? "" : district + "区") + Names.pick(random, Names.STREETS)
				+ (1 + random.nextInt(399)) + "号";
		String area = Names.AREA_CODES.get(cityIndex);
		String phone = area + "-" + (area.length() == 3 ? "8" : "6") + "%07d".formatted(random.nextInt(10_000_000));
		Unit unit = new Unit(units.size(), code, name, parent, kind, address, phone,
				parent == null ? 0 : (parent.children.size() + 1) * 10, city, district);
		units.add(unit);
		byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(unit);
		return unit;
	}

	private void buildPeople(int m, Random random) {
		if (m == 0) {
			return;
		}
		long totalWeight = units.stream().mapToLong(u -> u.kind.peopleWeight).sum();
		int[] counts = new int[units.size()];
		int assigned = 0;
		for (Unit unit : units) {
			counts[unit.index] = (int) ((long) m * unit.kind.peopleWeight / totalWeight);
			assigned += counts[unit.index];
		}
		while (assigned < m) {
			counts[random.nextInt(units.size())]++;
			assigned++;
		}
		LocalDate earliest = LocalDate.of(1995, 1, 1);
		int days = (int) (LocalDate.of(2025, 10, 31).toEpochDay() - earliest.toEpochDay());
		int serial = 0;
		for (Unit unit : units) {
			for (int i = 0; i < counts[unit.index]; i++) {
				serial++;
				boolean head = i == 0;
				String role = head ? (unit.kind == Kind.TEAM ? "班组长" : "负责人") : "成员";
				List<String> positions = new ArrayList<>();
				Kind work = unit.kind == Kind.TEAM ? unit.parent.kind : unit.kind;
				if (head) {
					positions.add(unit.kind.managerPosition);
				}
				else {
					List<String> pool = work.positions.isEmpty() ? Kind.COMPANY.positions : work.positions;
					positions.add(Names.pick(random, pool));
					if (random.nextInt(100) < 15) {
						String second = Names.pick(random, pool);
						if (!positions.contains(second)) {
							positions.add(second);
						}
					}
				}
				int s = random.nextInt(100);
				String status = head || s < 94 ? "在岗" : s < 98 ? "休假" : "离职";
				// A bijection of the serial number onto eight digits: unique and scattered.
				long suffix = (serial * 48_271L + 12_345_678L) % 100_000_000L;
				String phone = Names.MOBILE_PREFIXES.get(serial % Names.MOBILE_PREFIXES.size()) + "%08d".formatted(suffix);
				Person person = new Person("E%07d".formatted(serial), Names.personName(random), phone, unit, positions, role,
						status, earliest.plusDays(random.nextInt(days)));
				people.add(person);
				unit.people.add(person);
			}
		}
	}
}
