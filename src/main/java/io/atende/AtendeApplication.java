package io.atende;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Atende: support case management on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtendeApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtendeApplication.class, args);
    }
}
