package io.jingxi.organization;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.Actor;
import io.jingxi.shared.DataScope;

/**
 * Test data for the organization module, written straight through its repositories. Codes are
 * random, because the Spring context and its database are shared by every test class.
 */
@TestComponent
class OrganizationFixtures {

	static final Set<String> ALL_PERMISSIONS = Set.of("org:unit:read", "org:unit:write", "org:person:read",
			"org:person:write", "org:vendor:read", "org:vendor:write");

	private final Units units;

	private final People people;

	private final Vendors vendors;

	private final VendorContracts contracts;

	private final TransactionTemplate tx;

	private final Clock clock;

	OrganizationFixtures(Units units, People people, Vendors vendors, VendorContracts contracts,
			PlatformTransactionManager transactions, Clock clock) {
		this.units = units;
		this.people = people;
		this.vendors = vendors;
		this.contracts = contracts;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A fresh code no other test uses. */
	static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** An actor named tester (as the mock user of the HTTP tests) with every organization permission. */
	static Actor actor(DataScope scope) {
		return new Actor(1, "tester", null, null, ALL_PERMISSIONS, scope);
	}

	UnitSummary unit(@Nullable Long parentId) {
		return unit(parentId, "business_hall");
	}

	UnitSummary unit(@Nullable Long parentId, String typeCode) {
		return tx.execute(status -> {
			Unit parent = parentId == null ? null : units.findById(parentId).orElseThrow();
			String code = code("U");
			Unit unit = new Unit(code, "单位 " + code, typeCode, parent, clock.instant());
			units.save(unit);
			unit.placeUnder(parent);
			return unit.toSummary();
		});
	}

	UnitSummary reload(long unitId) {
		return tx.execute(status -> units.findById(unitId).orElseThrow().toSummary());
	}

	/**
	 * Two branches below one root: A (with sub-unit A1, which has A11) and B (with B1). Scopes of A's
	 * subtree must never reveal anything of B.
	 */
	Tree tree() {
		UnitSummary root = unit(null, "company");
		UnitSummary a = unit(root.id(), "branch");
		UnitSummary a1 = unit(a.id());
		UnitSummary a11 = unit(a1.id(), "team");
		UnitSummary b = unit(root.id(), "branch");
		UnitSummary b1 = unit(b.id());
		return new Tree(root, a, a1, a11, b, b1);
	}

	record Tree(UnitSummary root, UnitSummary a, UnitSummary a1, UnitSummary a11, UnitSummary b, UnitSummary b1) {

		/** The scope of a user who sees A's subtree. */
		DataScope scopeOfA() {
			return DataScope.units(Set.of(a.id(), a1.id(), a11.id()));
		}
	}

	PersonSummary person(long unitId) {
		return person(unitId, UnitRole.MEMBER, PersonStatus.ACTIVE);
	}

	PersonSummary person(long unitId, UnitRole role, PersonStatus status) {
		return tx.execute(status2 -> {
			String number = code("E");
			var person = new Person(new PersonDetails(number, "员工" + number.substring(2), "13800138000", unitId,
					List.of("营业员"), role, status, LocalDate.of(2024, 3, 1)), clock.instant());
			people.save(person);
			return person.toSummary();
		});
	}

	PersonSummary reloadPerson(long personId) {
		return tx.execute(status -> people.findById(personId).orElseThrow().toSummary());
	}

	VendorSummary vendor() {
		return tx.execute(status -> {
			String code = code("V");
			return vendors.save(new Vendor(code, "服务商 " + code, "李四", "13900139000", true, clock.instant()))
				.toSummary();
		});
	}

	long contract(long vendorId, Long... unitIds) {
		return tx.execute(status -> contracts.save(new VendorContract(vendorId, code("HT"), "保洁服务",
				new ContractPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), Arrays.asList(unitIds),
				clock.instant())).id());
	}

	Set<Long> contractUnits(long contractId) {
		return tx.execute(status -> new HashSet<>(contracts.findById(contractId).orElseThrow().getUnitIds()));
	}

	/** A workbook whose first sheet holds the headers and rows, every cell as text. */
	static byte[] xlsx(List<String> headers, Collection<List<String>> rows) {
		try (Workbook workbook = rows.size() > 1000 ? new SXSSFWorkbook(100) : new XSSFWorkbook();
				var bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("数据");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			int r = 1;
			for (List<String> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					if (!values.get(i).isEmpty()) {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
			}
			workbook.write(bytes);
			if (workbook instanceof SXSSFWorkbook streaming) {
				streaming.dispose();
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] image(String format, int width, int height) {
		var image = new BufferedImage(width, height,
				"png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 120, 200));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		var bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}
}
