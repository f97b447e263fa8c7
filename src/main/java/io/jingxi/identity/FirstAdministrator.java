package io.jingxi.identity;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start with no account at all (production, where no demo organisation is created),
 * creates one system administrator with a random password, printed once, to be changed at the
 * first sign-in. Runs after every seeder.
 */
@Component
@Order(1000)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	FirstAdministrator(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.accountCount() == 0) {
			var password = AccountService.temporaryPassword();
			accounts.createAccount(new IdentityApi.NewAccount("admin", "系统管理员", password, null, null,
					Set.of(BuiltInRole.SYSTEM_ADMIN.name()), true));
			var banner = """

					================================================================
					 Jingxi: first start. A system administrator was created.
					   username: admin
					   password: %s
					 This password is shown once; you must change it at first sign-in.
					 首次启动：已创建系统管理员 admin，初始密码仅显示这一次，首次登录须修改。
					================================================================
					""".formatted(password);
			System.out.println(banner);
			log.warn("First start: created the system administrator 'admin' (password printed once on the console)");
		}
	}
}
