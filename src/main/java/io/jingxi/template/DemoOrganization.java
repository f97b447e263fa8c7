package io.jingxi.template;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.AsSystem;
import tools.jackson.databind.json.JsonMapper;

/**
 * 示范组织: on the first start of the default profile, creates the demo organisation described in
 * templates/demo/organization.json (a city company, two districts, eight units of three kinds,
 * 60 people, one user per built-in role, a cleaning vendor) in one transaction, and prints the
 * demo sign-ins. Idempotent: when the company already exists nothing is created again.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "jingxi.demo.enabled", havingValue = "true")
class DemoOrganization implements ApplicationRunner {

	static final String RESOURCE = "templates/demo/organization.json";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private final OrganizationApi organization;
	private final IdentityApi identity;
	private final TransactionTemplate transactions;

	DemoOrganization(OrganizationApi organization, IdentityApi identity, TransactionTemplate transactions) {
		this.organization = organization;
		this.identity = identity;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		var demo = load();
		var company = demo.units().get(0).code();
		if (organization.unitByCode(company).isPresent()) {
			log.info("Demo organisation already present; sign in as {} with password {}",
					demo.users().stream().map(DemoUser::username).toList(), demo.password());
			return;
		}
		AsSystem.run(() -> transactions.executeWithoutResult(status -> create(demo)));
		System.out.println(banner(demo));
	}

	static Demo load() throws IOException {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, Demo.class);
		}
	}

	void create(Demo demo) {
		Map<String, Long> units = new HashMap<>();
		int order = 0;
		for (DemoUnit unit : demo.units()) {
			var parent = unit.parent() == null ? null : units.get(unit.parent());
			units.put(unit.code(), organization.createUnit(new OrganizationApi.NewUnit(parent, unit.code(), unit.name(),
					unit.type(), unit.address(), unit.phone(), order++)));
		}
		Map<String, Long> people = new HashMap<>();
		for (DemoPerson person : demo.people()) {
			people.put(person.employeeNo(), organization.createPerson(new OrganizationApi.NewPerson(person.employeeNo(),
					person.name(), person.phone(), units.get(person.unit()), person.positions(), person.unitRole(),
					PersonStatus.ACTIVE, person.hireDate())));
		}
		for (DemoUser user : demo.users()) {
			if (identity.accountExists(user.username())) {
				log.warn("Demo user {} not created: an account with that name already exists", user.username());
				continue;
			}
			identity.createAccount(new IdentityApi.NewAccount(user.username(), user.displayName(), demo.password(),
					units.get(user.unit()), user.person() == null ? null : people.get(user.person()),
					Set.of(user.role()), false));
		}
		for (DemoVendor vendor : demo.vendors()) {
			long vendorId = organization.createVendor(
					new OrganizationApi.NewVendor(vendor.code(), vendor.name(), vendor.contact(), vendor.phone()));
			for (DemoContract contract : vendor.contracts()) {
				organization.createContract(vendorId, new OrganizationApi.NewContract(contract.number(),
						contract.scope(), contract.startDate(), contract.endDate(),
						contract.units().stream().map(units::get).toList()));
			}
		}
	}

	static String banner(Demo demo) {
		var sb = new StringBuilder("\n================================================================\n");
		sb.append(" Jingxi demo organisation created / 已创建示范组织: ").append(demo.units().get(0).name()).append('\n');
		sb.append(" Sign in at http://localhost:8080 with password / 密码: ").append(demo.password()).append('\n');
		for (DemoUser user : demo.users()) {
			sb.append(String.format("   %-10s %-16s %s%n", user.username(), user.role(), user.displayName()));
		}
		return sb.append("================================================================\n").toString();
	}

	record Demo(String password, List<DemoUnit> units, List<DemoPerson> people, List<DemoUser> users,
			List<DemoVendor> vendors) {
	}

	record DemoUnit(String code, String name, String type, @Nullable String parent, @Nullable String address,
			@Nullable String phone) {
	}

	record DemoPerson(String employeeNo, String name, String phone, String unit, List<String> positions,
			UnitRole unitRole, LocalDate hireDate) {
	}

	record DemoUser(String username, String displayName, String role, String unit, @Nullable String person) {
	}

	record DemoVendor(String code, String name, String contact, String phone, List<DemoContract> contracts) {
	}

	record DemoContract(String number, String scope, LocalDate startDate, LocalDate endDate, List<String> units) {
	}
}
