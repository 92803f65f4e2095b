package org.himkit.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Renewal throughput against population size: {@link RenewalBenchmarks} at each size, in one JVM (so
 * that each population is made once and the smaller ones are prefixes of the larger), to a CSV file and
 * a PNG plot. A population of 1,000,000 holders takes about 6 GB of heap: run with {@code -Xmx10g}.
 */
final class PopulationSweep {
  static final Path DEFAULT_DIR = Path.of("docs", "benchmarks");
  static final String[] DEFAULT_SIZES = {"10000", "30000", "100000", "300000", "1000000"};
  private static final String CSV = "renewal-sweep.csv";
  private static final String PNG = "renewal-throughput.png";

  private PopulationSweep() {}

  /** One point: a benchmark at a population size. */
  record Point(String benchmark, int holders, double score, double error) {}

  static void run(Path dir, String[] sizes) throws RunnerException, IOException {
    List<Point> points = new ArrayList<>();
    for (String size : sizes) {
      Options options = new OptionsBuilder().include(RenewalBenchmarks.class.getName() + "\\.")
          .forks(0).warmupIterations(2).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(2)).param("holders", size).build();
      for (RunResult r : new Runner(options).run()) {
        String name = r.getParams().getBenchmark();
        points.add(new Point(name.substring(name.lastIndexOf('.') + 1), Integer.parseInt(size),
            r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()));
      }
    }
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    lines.add("benchmark,holders,holdersPerSecond,error");
    points.forEach(p -> lines.add(String.format(Locale.ROOT, "%s,%d,%.1f,%.1f", p.benchmark(), p.holders(), p.score(),
        Double.isNaN(p.error()) ? 0 : p.error())));
    Files.write(dir.resolve(CSV), lines, StandardCharsets.UTF_8);
    report(dir);
  }

  static void report(Path dir) throws IOException {
    Map<String, XYSeries> series = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve(CSV), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      series.computeIfAbsent(f[0], XYSeries::new).add(Double.parseDouble(f[1]), Double.parseDouble(f[2]));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    series.values().forEach(data::addSeries);
    LogAxis x = new LogAxis("holders in the population");
    LogAxis y = new LogAxis("holders assessed per second (one thread)");
    for (LogAxis axis : List.of(x, y)) {
      axis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
      axis.setTickUnit(new NumberTickUnit(0.5));
    }
    Color[] colors = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0x7F7F7F),
        new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x8C564B), new Color(0x17BECF)};
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesStroke(i, new BasicStroke(2f));
      renderer.setSeriesPaint(i, colors[i % colors.length]);
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart("Renewal throughput against population size", JFreeChart.DEFAULT_TITLE_FONT,
        plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    System.setProperty("java.awt.headless", "true");
    ChartUtils.saveChartAsPNG(dir.resolve(PNG).toFile(), chart, 900, 560);
    System.out.println("wrote " + dir.resolve(CSV) + " and " + dir.resolve(PNG));
  }
}
