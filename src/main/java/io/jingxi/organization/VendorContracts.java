package io.jingxi.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VendorContracts extends JpaRepository<VendorContract, Long>, JpaSpecificationExecutor<VendorContract> {

	boolean existsByVendorIdAndNumber(Long vendorId, String number);

	boolean existsByVendorIdAndNumberAndIdNot(Long vendorId, String number, Long id);
}
