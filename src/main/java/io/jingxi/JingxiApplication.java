package io.jingxi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JingxiApplication {

	public static void main(String[] args) {
		SpringApplication.run(JingxiApplication.class, args);
	}
}
