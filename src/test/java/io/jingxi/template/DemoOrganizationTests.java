package io.jingxi.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoOrganizationTests {

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void createsTheDemoOrganisationOnceWithItsUsersAndScopes() throws Exception {
		var seeder = new DemoOrganization(organization, identity, transactions);
		seeder.run(null);
		seeder.run(null);

		var demo = DemoOrganization.load();
		assertThat(demo.people()).hasSize(60);
		var company = organization.unitByCode("DEMO").orElseThrow();
		var tree = organization.subtreeIds(java.util.List.of(company.id()));
		assertThat(tree).hasSize(11);
		var kinds = organization.units(tree).stream().filter(u -> u.depth() == 2).map(u -> u.typeCode()).toList();
		assertThat(kinds).hasSize(8).containsOnly("business_hall", "power_station", "property_project");
		assertThat(jdbc.sql("select count(*) from org_person where employee_no like 'D0%'").query(Long.class).single())
			.isEqualTo(60);
		for (var user : demo.users()) {
			assertThat(identity.accountExists(user.username())).as(user.username()).isTrue();
		}

		// the unit manager of one business hall sees that hall only
		var manager = ApiSession.signIn(mvc, "manager", demo.password());
		manager.get("/api/v1/me").andExpect(jsonPath("$.roles[0]").value("UNIT_MANAGER"))
			.andExpect(jsonPath("$.personId").isNumber());
		manager.get("/api/v1/people?size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(7))
			.andExpect(jsonPath("$.items[*].unitName", Matchers.everyItem(Matchers.is("东城中心营业厅"))));
		// the quality manager sees the whole company
		ApiSession.signIn(mvc, "quality", demo.password()).get("/api/v1/people?q=D0&size=200")
			.andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(60)));
	}
}
