package io.jingxi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	Page<UserAccount> findAll(Pageable pageable);
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
