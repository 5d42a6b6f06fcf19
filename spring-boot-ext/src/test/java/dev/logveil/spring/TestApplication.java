package dev.logveil.spring;

import org.springframework.boot.SpringBootConfiguration;

/** An empty Boot application: what matters here is the logging Boot sets up when it starts. */
@SpringBootConfiguration
public class TestApplication {
}
