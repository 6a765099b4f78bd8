package io.stepwise.server.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the console's end-to-end tests: Debian's {@code chromium} and {@code
 * chromium-driver} packages, or the binaries named by {@code STEPWISE_CHROMIUM} and {@code
 * STEPWISE_CHROMEDRIVER}. Both paths are given to Selenium, so that Selenium Manager has nothing to
 * look up or download.
 */
final class Chromium {
  private Chromium() {}

  static ChromeDriver start() {
    Path browser = binary("STEPWISE_CHROMIUM", "/usr/bin/chromium");
    Path driver = binary("STEPWISE_CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1440,960",
        "--force-device-scale-factor=1");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    return new ChromeDriver(service, options);
  }

  private static Path binary(String variable, String debianPath) {
    String configured = System.getenv(variable);
    Path path = Path.of(configured == null ? debianPath : configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "Expected "
              + path
              + " for the console's end-to-end tests, but it is not there. Install Debian's"
              + " packages (sudo apt-get install -y chromium chromium-driver; .ci/run does it) or"
              + " set "
              + variable
              + " to the binary.");
    }
    return path;
  }
}
