package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jingxi.shared.DomainException;

/** Phone numbers, person details, contract periods and the labels of the Excel files. */
class ValueObjectsTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "+86 138 0013 8000", "19912345678", "010-62345678", "01062345678",
			"0755 8888 6666", "(020)87654321", "0571-8765432-123" })
	void mainlandMobileAndLandlineNumbersAreAccepted(String phone) {
		assertThat(PhoneNumber.isValid(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1380013800", "138001380001", "12800138000", "abc", "010-1234", "8888-12345678",
			"+1 650 253 0000" })
	void otherNumbersAreRefused(String phone) {
		assertThat(PhoneNumber.isValid(phone)).isFalse();
	}

	@Test
	void aPhoneNumberIsStoredWithoutSpacesOrCountryCode() {
		assertThat(PhoneNumber.normalizeOrRefuse("phone", "+86 138 0013 8000")).isEqualTo("13800138000");
		assertThat(PhoneNumber.normalizeOrRefuse("phone", "(020)87654321")).isEqualTo("020-87654321");
		assertThat(PhoneNumber.normalizeOrRefuse("phone", "0755 8888 6666")).isEqualTo("0755-88886666");
		assertThat(PhoneNumber.normalizeOrRefuse("phone", "  ")).isNull();
	}

	@Test
	void personDetailsRefuseABadPhoneOnThePhoneField() {
		assertThatThrownBy(() -> new PersonDetails("E1", "张三", "12345", 1, List.of("营业员"), UnitRole.MEMBER,
				PersonStatus.ACTIVE, null))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(DomainException.FieldProblem::field).containsExactly("phone"));
	}

	@Test
	void personDetailsKeepEachPositionOnceAndRefuseNone() {
		var details = new PersonDetails(" E1 ", " 张三 ", null, 1, List.of(" 营业员 ", "值班长", "营业员", " "),
				UnitRole.TEAM_LEADER, PersonStatus.ACTIVE, null);
		assertThat(details.employeeNo()).isEqualTo("E1");
		assertThat(details.name()).isEqualTo("张三");
		assertThat(details.positions()).containsExactly("营业员", "值班长");

		assertThatThrownBy(() -> new PersonDetails("E1", "张三", null, 1, List.of(" "), UnitRole.MEMBER,
				PersonStatus.ACTIVE, null))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("organization.person.positions.required"));
	}

	@Test
	void aContractCannotEndBeforeItStartsButMayEndTheDayItStarts() {
		var day = LocalDate.of(2025, 5, 1);
		assertThat(new ContractPeriod(day, day).end()).isEqualTo(day);
		assertThatThrownBy(() -> new ContractPeriod(day, day.minusDays(1)))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("organization.contract.endBeforeStart");
				assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("endDate");
			});
	}

	@Test
	void importLabelsAcceptChineseEnglishAndCodes() {
		assertThat(PersonLabels.role("班组长")).isEqualTo(UnitRole.TEAM_LEADER);
		assertThat(PersonLabels.role("manager")).isEqualTo(UnitRole.MANAGER);
		assertThat(PersonLabels.role("MEMBER")).isEqualTo(UnitRole.MEMBER);
		assertThat(PersonLabels.role("老板")).isNull();
		assertThat(PersonLabels.status("离职")).isEqualTo(PersonStatus.LEFT);
		assertThat(PersonLabels.status("On leave")).isEqualTo(PersonStatus.ON_LEAVE);
		assertThat(PersonLabels.positions("营业员、值班长;保洁员，营业员")).containsExactly("营业员", "值班长", "保洁员");
		assertThat(PersonLabels.date("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(PersonLabels.date("2024/3/1")).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(PersonLabels.date("2024年3月1日")).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(PersonLabels.date("2024-02-30")).isNull();
		assertThat(PersonLabels.date("昨天")).isNull();
	}
}
