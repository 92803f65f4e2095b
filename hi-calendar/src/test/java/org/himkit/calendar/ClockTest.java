package org.himkit.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;

/**
 * hi-calendar never reads the clock: not through java.time, and not through the ical4j constructors that
 * stamp a component with the current time or a random id.
 */
class ClockTest {
  private static final JavaClasses MAIN = new ClassFileImporter().importPath(mainClasses());

  private static Path mainClasses() {
    try {
      return Path.of(RenewalCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theMainClassesAreImported() {
    assertThat(MAIN.contain(RenewalCalendar.class)).isTrue();
  }

  @Test
  void noClassReadsTheClockOrLetsIcal4jDoSo() {
    noClasses().should().accessTargetWhere(new DescribedPredicate<JavaAccess<?>>("read the clock: a java.time "
        + "now(), Clock.system...(), System.currentTimeMillis(), or an ical4j constructor that stamps the "
        + "current time (DtStamp(), VEvent(), VEvent(boolean), VEvent(Temporal, ...)) or a random id (Uid())") {
      @Override
      public boolean test(JavaAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        String name = access.getTarget().getName();
        String params = access.getTarget().getFullName();
        if (owner.equals(System.class.getName())) {
          return name.equals("currentTimeMillis") || name.equals("nanoTime");
        }
        if (owner.equals(Clock.class.getName())) {
          return name.startsWith("system");
        }
        if (owner.startsWith("java.time.") && name.equals("now")) {
          return true;
        }
        if (name.equals("<init>") && Set.of(DtStamp.class.getName(), Uid.class.getName()).contains(owner)) {
          return params.endsWith("<init>()");
        }
        return name.equals("<init>") && owner.equals("net.fortuna.ical4j.model.component.VEvent")
            && !params.endsWith("<init>(net.fortuna.ical4j.model.PropertyList, net.fortuna.ical4j.model.ComponentList)");
      }
    }).check(MAIN);
  }
}
