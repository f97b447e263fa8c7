package io.jingxi.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the vendor endpoints accept and answer. */
final class VendorViews {

	private VendorViews() {
	}

	record VendorView(long id, String code, String name, @Nullable String contact, @Nullable String phone,
			boolean active) {

		static VendorView of(Vendor vendor) {
			return new VendorView(vendor.id(), vendor.getCode(), vendor.getName(), vendor.getContact(),
					vendor.getPhone(), vendor.isActive());
		}
	}

	record VendorRequest(@NotBlank @Pattern(regexp = Codes.CODE, message = "{organization.code.invalid}") String code,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 100) String contact,
			@Nullable @Phone String phone, @Nullable Boolean active) {
	}

	/** A contract with the units it serves, as far as the reader may see them. */
	record ContractView(long id, long vendorId, String number, String scope, LocalDate startDate, LocalDate endDate,
			List<Long> unitIds) {

		static ContractView of(VendorContract contract, Collection<Long> visibleUnitIds) {
			return new ContractView(contract.id(), contract.getVendorId(), contract.getNumber(), contract.getScope(),
					contract.getStartDate(), contract.getEndDate(), visibleUnitIds.stream().sorted().toList());
		}
	}

	record ContractRequest(@NotBlank @Size(max = 64) String number,
			@NotBlank @Size(max = VendorContract.MAX_SCOPE) String scope, @NotNull LocalDate startDate,
			@NotNull LocalDate endDate, @NotEmpty List<@NotNull Long> unitIds) {
	}
}
