package org.himkit.internal;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.FormerName;
import org.himkit.MemberRate;
import org.himkit.Misnomer;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;
import org.himkit.SourceType;
import org.himkit.Verification;

/**
 * Makes the values that the built-in catalog's first call builds by the dozen from every attribute at once, through
 * the package-private factories that {@link HimFirstPartsStyle} generates: a value made here equals the one its
 * public builder makes from the same attributes, and is validated the same way (a {@code HimValidationException}
 * for an invalid value, a {@link NullPointerException} naming the attribute for a missing one). The first call thus
 * loads none of these types' builders (start-up).
 *
 * <p>The implementation, {@code org.himkit.ValueFactory}, lives beside the generated classes it calls; it is found
 * by its name, once, so that this package names no class of {@code org.himkit} that depends on it. Collections are
 * given as lists, in the order the value keeps them; a set attribute keeps the first of equal elements, as its
 * builder does.
 */
public abstract class ValueFactories {
  private static final ValueFactories INSTANCE = load("org.himkit.ValueFactory");

  /** For the one implementation, in {@code org.himkit}. */
  protected ValueFactories() {}

  /**
   * Returns the value factories.
   *
   * @return the factories, not null
   */
  public static ValueFactories get() {
    return INSTANCE;
  }

  /**
   * Creates the implementation of the given name through its constructor without parameters.
   *
   * @param name  the binary name of a subclass of this class
   * @return the factories, not null
   * @throws IllegalStateException if the class is missing or is not a subclass that can be created
   */
  static ValueFactories load(String name) {
    try {
      Constructor<? extends ValueFactories> c = Class.forName(name).asSubclass(ValueFactories.class)
          .getDeclaredConstructor();
      c.setAccessible(true); // package-private, in another package of this module
      return c.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) { // not each kind: SecurityException's class (start-up)
      throw new IllegalStateException("HIM Kit's value factories (" + name + ") cannot be created", e);
    }
  }

  /**
   * Makes a citation, as {@link Citation#builder()} would from the same attributes.
   *
   * @param publisher  the publisher, not blank
   * @param title  the title, not blank
   * @param url  the address, empty for a source without one
   * @param addressNote  why the source has no address, empty where none is recorded
   * @param sourceType  the standing of the source, not null
   * @param version  the version read, empty if the source shows none
   * @param quote  the quoted words, empty if none are kept
   * @return the citation, not null
   */
  public abstract Citation citation(String publisher, String title, Optional<URI> url, Optional<String> addressNote,
      SourceType sourceType, Optional<String> version, Optional<String> quote);

  /**
   * Makes an organization, as {@link Organization#builder()} would from the same attributes.
   *
   * @param id  the id, not null
   * @param name  the full name, not blank
   * @param abbreviation  the abbreviation, not blank
   * @param kinds  the parts it plays, not empty
   * @param formerNames  the former names, oldest first
   * @param website  the web site, empty if not recorded
   * @param description  the description, empty if none is recorded
   * @param citations  the sources, not empty
   * @param fees  the fees, in the order given
   * @return the organization, not null
   */
  public abstract Organization organization(OrganizationId id, String name, String abbreviation,
      List<OrganizationKind> kinds, List<FormerName> formerNames, Optional<URI> website, Optional<String> description,
      List<Citation> citations, List<Fee> fees);

  /**
   * Makes a former name, as {@link FormerName#builder()} would from the same attributes.
   *
   * @param name  the former name, not blank
   * @param abbreviation  the former abbreviation, empty if the sources give none
   * @param fromYear  the first year, empty if not given
   * @param untilYear  the year it was replaced, empty if not given
   * @param citations  the sources, not empty
   * @return the former name, not null
   */
  public abstract FormerName formerName(String name, Optional<String> abbreviation, Optional<Year> fromYear,
      Optional<Year> untilYear, List<Citation> citations);

  /**
   * Makes a fee, as {@link Fee#builder()} would from the same attributes.
   *
   * @param kind  what it pays for, not null
   * @param description  the description, not blank
   * @param amount  the amount, positive
   * @param currency  the currency, not null
   * @param rate  whom it applies to, not null
   * @param basis  how it is charged, not null
   * @param increment  the increment, given exactly for {@link FeeBasis#PER_INCREMENT}
   * @param every  how often it is due, empty if not periodic
   * @param credentials  the credentials it applies to, empty for all
   * @param effectiveFrom  the first day it applies, empty if not dated
   * @param effectiveTo  the last day it applies, empty if not dated
   * @param verification  how far it was checked, not null
   * @param citations  the sources, not empty
   * @return the fee, not null
   */
  public abstract Fee fee(FeeKind kind, String description, BigDecimal amount, Currency currency, MemberRate rate,
      FeeBasis basis, Optional<Period> increment, Optional<Period> every, List<CredentialId> credentials,
      Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveTo, Verification verification,
      List<Citation> citations);

  /**
   * Makes a credential, as {@link Credential#builder()} would from the same attributes.
   *
   * @param id  the id, not null
   * @param fullName  the full name, not blank
   * @param kind  the kind, not null
   * @param issuer  the issuer, not null
   * @param status  the status, not null
   * @param domains  the areas of practice, not empty
   * @param aliases  other spellings of the id
   * @param formerNames  the former names, oldest first
   * @param misnomers  the names used by mistake
   * @param exam  the exam, empty if the catalog has no exam facts
   * @param eligibility  who may sit for the exam, empty where not sourced
   * @param renewalPolicy  the renewal policy, empty if none is recorded
   * @param supersedes  the credentials it replaces, not itself
   * @param description  the description, empty if none is recorded
   * @param counts  the counts of holders
   * @param citations  the sources, not empty
   * @return the credential, not null
   */
  public abstract Credential credential(CredentialId id, String fullName, CredentialKind kind, OrganizationId issuer,
      CredentialStatus status, List<CredentialDomain> domains, List<String> aliases, List<FormerName> formerNames,
      List<Misnomer> misnomers, Optional<Exam> exam, Optional<Requirement> eligibility,
      Optional<RenewalPolicyId> renewalPolicy, List<CredentialId> supersedes, Optional<String> description,
      List<CredentialCount> counts, List<Citation> citations);

  /**
   * Makes an exam, as {@link Exam#builder()} would from the same attributes.
   *
   * @param description  the description, not blank
   * @param national  whether the sources call it a national exam
   * @param duration  the time allowed, empty if not given
   * @param minimumItems  the fewest items, empty if not given
   * @param maximumItems  the most items, empty if not given
   * @param periods  the dated time rules, no two of a kind starting on the same day
   * @param passRates  the published pass rates
   * @param citations  the sources, not empty
   * @return the exam, not null
   */
  public abstract Exam exam(String description, boolean national, Optional<Duration> duration,
      Optional<Integer> minimumItems, Optional<Integer> maximumItems, List<ExamPeriod> periods,
      List<ExamPassRate> passRates, List<Citation> citations);

  /**
   * Makes a misnomer, as {@link Misnomer#builder()} would from the same attributes.
   *
   * @param text  the mistaken name, not blank
   * @param note  the explanation, not blank
   * @param citations  the sources, not empty
   * @return the misnomer, not null
   */
  public abstract Misnomer misnomer(String text, String note, List<Citation> citations);
}
