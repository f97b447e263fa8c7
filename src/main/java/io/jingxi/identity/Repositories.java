package io.jingxi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.jspecify.annotations.Nullable;

interface UserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	Page<UserAccount> findAll(Pageable pageable);

	@Query("""
			select distinct u from UserAccount u join u.roleIds r
			where r in :roleIds and u.status = io.jingxi.identity.UserAccount.Status.ACTIVE
			  and (:unitId is null or u.unitId = :unitId)
			order by u.username""")
	List<UserAccount> findActiveHoldingAnyRole(Collection<Long> roleIds, @Nullable Long unitId, Pageable page);
}

interface Roles extends JpaRepository<Role, Long> {

	Optional<Role> findByCode(String code);

	List<Role> findByIdIn(Collection<Long> ids);

	List<Role> findAllByOrderByBuiltInDescIdAsc();
}

interface ApiTokens extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId);
}
