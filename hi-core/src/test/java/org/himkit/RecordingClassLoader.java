package org.himkit;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader over the class-path entries of a few classes (HIM Kit's and Guava's), as an application's
 * class path, that loads HIM Kit's and Guava's classes itself, records every class it is asked for and can hide
 * resources: what a cold start loads, seen from a test.
 */
public final class RecordingClassLoader extends URLClassLoader {
  private final Set<String> loaded = ConcurrentHashMap.newKeySet();
  private final Set<String> hidden;

  /**
   * Creates a loader over the entries that hold some classes, with some resources hidden.
   *
   * @param hidden  the names of the resources it does not find
   * @param from  classes whose class-path entry (directory or jar) it reads
   */
  public RecordingClassLoader(Set<String> hidden, Class<?>... from) {
    super(locations(from), ClassLoader.getPlatformClassLoader());
    this.hidden = Set.copyOf(hidden);
  }

  private static URL[] locations(Class<?>... types) {
    URL[] urls = new URL[types.length];
    for (int i = 0; i < types.length; i++) {
      urls[i] = types[i].getProtectionDomain().getCodeSource().getLocation();
    }
    return urls;
  }

  /**
   * Returns the names of the classes this loader was asked for so far.
   *
   * @return a live view of the names
   */
  public Set<String> loaded() {
    return Collections.unmodifiableSet(loaded);
  }

  /** Loads HIM Kit's and Guava's classes itself, never from the test's own module or class path. */
  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    loaded.add(name);
    if (!name.startsWith("org.himkit.") && !name.startsWith("com.google.")) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = findClass(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return hidden.contains(name) ? Collections.emptyEnumeration() : super.getResources(name);
  }
}
