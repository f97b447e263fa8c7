package io.jingxi.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.xlsx.ImportProblem;
import io.jingxi.shared.xlsx.RowProblems;
import io.jingxi.shared.xlsx.SheetRows;

/**
 * Imports units from Excel, creating or updating them by code. A row's parent is an existing unit
 * or one defined in an earlier row of the same file; a parent that differs from the unit's current
 * one moves the unit with its subtree. Rows for units outside the user's scope are errors, and so
 * are new or moved units below a parent outside it.
 */
@Component
class UnitImport implements RowImport {

	static final List<String> HEADERS = List.of("单位编码", "单位名称", "上级单位编码", "单位类型", "地址", "电话", "排序");

	static final int CODE = 0;

	static final int NAME = 1;

	static final int PARENT = 2;

	static final int TYPE = 3;

	static final int ADDRESS = 4;

	static final int PHONE = 5;

	static final int SORT = 6;

	static final int MAX_NAME = 200;

	static final int MAX_ADDRESS = 500;

	private static final int PROGRESS_EVERY = 200;

	private final Units units;

	private final UnitTypes types;

	private final UnitService unitService;

	private final ChangeLog changes;

	private final TreeLock treeLock;

	private final Clock clock;

	UnitImport(Units units, UnitTypes types, UnitService unitService, ChangeLog changes, TreeLock treeLock,
			Clock clock) {
		this.units = units;
		this.types = types;
		this.unitService = unitService;
		this.changes = changes;
		this.treeLock = treeLock;
		this.clock = clock;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.UNITS;
	}

	@Override
	public List<String> headers() {
		return HEADERS;
	}

	/** A valid row, ready to write. */
	record UnitRow(int row, String code, String name, @Nullable String parentCode, String typeCode,
			@Nullable String address, @Nullable String phone, @Nullable Integer sortOrder, boolean existing) {
	}

	record UnitPlan(List<UnitRow> rows, List<ImportProblem> problems, int toCreate, int toUpdate) implements Plan {
	}

	@Override
	public Plan check(SheetRows sheet, DataScope scope, IntConsumer progress) {
		List<UnitType> activeTypes = types.findAll().stream().filter(UnitType::isActive).toList();
		var tree = new SimulatedTree(units.findAllRefs(), scope);
		Map<String, Integer> rowOfCode = new HashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		List<UnitRow> planned = new ArrayList<>();
		int toCreate = 0;
		int toUpdate = 0;
		int done = 0;
		for (SheetRows.Row row : sheet.rows()) {
			var found = new RowProblems(row.number(), problems, HEADERS);
			String code = row.cell(CODE);
			boolean codeUsable = false;
			UnitRef existing = null;
			String codeProblem = FieldRules.code(code);
			if (codeProblem != null) {
				found.add(CODE, codeProblem);
			}
			else if (rowOfCode.containsKey(code)) {
				found.add(CODE, "organization.import.duplicateInFile", code, rowOfCode.get(code));
			}
			else {
				codeUsable = true;
				existing = tree.existing(code);
				if (existing != null && !scope.coversUnit(existing.id())) {
					found.add(CODE, "organization.import.unitOutOfScope", code);
				}
			}
			String name = row.cell(NAME);
			found.add(NAME, FieldRules.requiredText(name, MAX_NAME), MAX_NAME);
			String typeText = row.cell(TYPE);
			UnitType type = activeTypes.stream().filter(t -> t.isNamedBy(typeText)).findFirst().orElse(null);
			if (typeText.isEmpty()) {
				found.add(TYPE, FieldRules.REQUIRED);
			}
			else if (type == null) {
				found.add(TYPE, "organization.import.unknownUnitType", typeText);
			}
			found.add(ADDRESS, FieldRules.optionalText(row.cell(ADDRESS), MAX_ADDRESS), MAX_ADDRESS);
			found.add(PHONE, FieldRules.phone(row.cell(PHONE)), row.cell(PHONE));
			Integer sortOrder = null;
			if (!row.cell(SORT).isEmpty()) {
				sortOrder = parseInteger(row.cell(SORT));
				if (sortOrder == null) {
					found.add(SORT, "organization.import.notInteger", row.cell(SORT));
				}
			}
			String parentCode = FieldRules.blankToNull(row.cell(PARENT));
			if (codeUsable) {
				checkParent(found, tree, code, existing, parentCode, scope);
				rowOfCode.put(code, row.number());
				// Even a row with problems defines its unit, so that its children are not reported too.
				tree.apply(code, parentCode);
			}
			if (!found.any()) {
				planned.add(new UnitRow(row.number(), code, name.strip(), parentCode, Objects.requireNonNull(type).getCode(),
						FieldRules.blankToNull(row.cell(ADDRESS)), PhoneNumber.normalizeOrRefuse("phone", row.cell(PHONE)),
						sortOrder, existing != null));
				if (existing != null) {
					toUpdate++;
				}
				else {
					toCreate++;
				}
			}
			if (++done % PROGRESS_EVERY == 0) {
				progress.accept(done);
			}
		}
		progress.accept(done);
		return new UnitPlan(planned, problems, toCreate, toUpdate);
	}

	private static void checkParent(RowProblems found, SimulatedTree tree, String code, @Nullable UnitRef existing,
			@Nullable String parentCode, DataScope scope) {
		boolean moves = existing == null || !Objects.equals(tree.parentOf(code), parentCode);
		if (parentCode == null) {
			if (moves && !scope.all()) {
				found.add(PARENT, "organization.import.rootNeedsFullScope");
			}
			return;
		}
		if (parentCode.equals(code)) {
			found.add(PARENT, "organization.import.parentIsSelf");
			return;
		}
		SimulatedTree.Node parent = tree.node(parentCode);
		if (parent == null) {
			found.add(PARENT, "organization.import.parentUnknown", parentCode);
		}
		else if (moves && !parent.visible) {
			found.add(PARENT, "organization.import.parentOutOfScope", parentCode);
		}
		else if (moves && !parent.active) {
			found.add(PARENT, "organization.import.parentInactive", parentCode);
		}
		else if (moves && existing != null && tree.isAtOrBelow(parentCode, code)) {
			found.add(PARENT, "organization.import.moveIntoOwnSubtree", parentCode);
		}
	}

	@Override
	public void write(Plan plan, Origin origin, IntConsumer progress) {
		var rows = ((UnitPlan) plan).rows();
		// The check ran without the lock; the aggregate re-checks each create and move on fresh rows.
		treeLock.acquire();
		Set<String> codes = new HashSet<>();
		for (UnitRow row : rows) {
			codes.add(row.code());
			if (row.parentCode() != null) {
				codes.add(row.parentCode());
			}
		}
		Map<String, Unit> byCode = new HashMap<>();
		List<String> all = List.copyOf(codes);
		for (int from = 0; from < all.size(); from += 1000) {
			units.findByCodeIn(all.subList(from, Math.min(all.size(), from + 1000)))
				.forEach(unit -> byCode.put(unit.getCode(), unit));
		}
		int done = 0;
		for (UnitRow row : rows) {
			Unit parent = row.parentCode() == null ? null : Objects.requireNonNull(byCode.get(row.parentCode()));
			if (!row.existing()) {
				byCode.put(row.code(), unitService.create(parent, row.code(), row.name(), row.typeCode(), row.address(),
						row.phone(), row.sortOrder() == null ? 0 : row.sortOrder(), origin));
			}
			else {
				Unit unit = Objects.requireNonNull(byCode.get(row.code()));
				String before = unit.summary();
				unit.rename(row.name(), row.typeCode(), row.address(), row.phone(),
						row.sortOrder() == null ? unit.getSortOrder() : row.sortOrder(), clock.instant());
				if (!before.equals(unit.summary())) {
					changes.changed(origin, ChangeLog.UNIT, unit.id(), "updated", before, unit.summary());
				}
				unitService.move(unit, parent, origin);
			}
			if (++done % PROGRESS_EVERY == 0) {
				progress.accept(done);
			}
		}
		progress.accept(done);
	}

	private static @Nullable Integer parseInteger(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The tree as it will be once the rows so far are written: the database's units, with each row's
	 * unit added or re-parented in turn. Used to find parents that are unknown, hidden, inactive, or
	 * below the unit that would move under them.
	 */
	private static final class SimulatedTree {

		private final Map<String, UnitRef> byCode;

		private final Map<Long, UnitRef> byId;

		private final Map<String, Node> nodes = new HashMap<>();

		private final DataScope scope;

		SimulatedTree(List<UnitRef> refs, DataScope scope) {
			this.byCode = refs.stream().collect(Collectors.toMap(UnitRef::code, Function.identity()));
			this.byId = refs.stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
			this.scope = scope;
		}

		@Nullable UnitRef existing(String code) {
			return byCode.get(code);
		}

		@Nullable Node node(String code) {
			Node node = nodes.get(code);
			if (node == null) {
				UnitRef ref = byCode.get(code);
				if (ref == null) {
					return null;
				}
				UnitRef parent = ref.parentId() == null ? null : byId.get(ref.parentId());
				node = new Node(parent == null ? null : parent.code(), ref.active(), scope.coversUnit(ref.id()));
				nodes.put(code, node);
			}
			return node;
		}

		@Nullable String parentOf(String code) {
			Node node = node(code);
			return node == null ? null : node.parentCode;
		}

		/** Places a row's unit: a new unit is active and, created by this user, in their scope. */
		void apply(String code, @Nullable String parentCode) {
			Node node = node(code);
			if (node == null) {
				nodes.put(code, new Node(parentCode, true, true));
			}
			else {
				node.parentCode = parentCode;
			}
		}

		/** Whether the unit {@code candidate} is {@code unit} itself or lies below it. */
		boolean isAtOrBelow(String candidate, String unit) {
			String current = candidate;
			for (int steps = 0; current != null && steps < 10_000; steps++) {
				if (current.equals(unit)) {
					return true;
				}
				Node node = node(current);
				current = node == null ? null : node.parentCode;
			}
			return false;
		}

		static final class Node {

			@Nullable String parentCode;

			final boolean active;

			final boolean visible;

			Node(@Nullable String parentCode, boolean active, boolean visible) {
				this.parentCode = parentCode;
				this.active = active;
				this.visible = visible;
			}
		}
	}
}
