package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/crosscheck-news/crosscheck/pipeline"
	"github.com/crosscheck-news/crosscheck/pipeline/corpus"
	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
)

func newBenchCmd(e *env) *cobra.Command {
	var sizes string
	var one, workers int
	cmd := &cobra.Command{
		Use:   "bench [--sizes 1000,10000,100000]",
		Short: "Measure the pipeline on generated corpora of several sizes",
		Long: `Bench generates deterministic corpora from the seed articles (many
stories, each with copies, light edits, rewrites, changed numbers and days,
and boilerplate) and runs the whole pipeline on each, in a child process of
its own so that peak memory is measured per size. It prints, per size and
per stage, MB/s of article text, articles/s and allocations, the peak RSS,
and how time scales from one size to the next.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if one > 0 {
				return benchOne(cmd.Context(), e.stdout, one, workers)
			}
			ns, err := parseSizes(sizes)
			if err != nil {
				return err
			}
			return benchAll(cmd.Context(), e, ns, workers)
		},
	}
	cmd.Flags().StringVar(&sizes, "sizes", "1000,10000,100000", "comma-separated corpus `SIZES` in articles")
	cmd.Flags().IntVarP(&workers, "jobs", "j", runtime.NumCPU(), "number of workers")
	cmd.Flags().IntVar(&one, "one", 0, "measure one size in this process and print JSON (used by bench itself)")
	cmd.Flags().MarkHidden("one")
	return cmd
}

func parseSizes(s string) ([]int, error) {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad size %q in --sizes", f)
		}
		ns = append(ns, n)
	}
	return ns, nil
}

// benchResult is what one child process measured.
type benchResult struct {
	Articles   int          `json:"articles"`
	Bytes      int64        `json:"bytes"`
	Seconds    float64      `json:"seconds"`
	Stages     []stageStats `json:"stages"`
	PeakRSSKiB int64        `json:"peak_rss_kib"`
	CorpusKiB  int64        `json:"corpus_rss_kib"`
	Findings   int          `json:"findings"`
	Claims     int          `json:"claims"`
}

type stageStats struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"`
	Allocs  uint64  `json:"allocs"`
	Bytes   uint64  `json:"alloc_bytes"`
}

// benchOne generates a corpus of n articles, runs the pipeline on it and
// prints a benchResult as JSON.
func benchOne(ctx context.Context, w io.Writer, n, workers int) error {
	texts, err := corpus.SeedTexts()
	if err != nil {
		return err
	}
	files := corpus.Generate(texts, corpus.Options{Articles: n})
	fsys := corpus.FS(files)
	res := benchResult{Articles: len(files), Bytes: corpus.Size(files)}
	files = nil
	runtime.GC()
	res.CorpusKiB = rssKiB("VmRSS")

	var ms runtime.MemStats
	var last time.Time
	var lastAllocs, lastBytes uint64
	mark := func(name string) {
		runtime.ReadMemStats(&ms)
		now := time.Now()
		if name != "" && !last.IsZero() {
			res.Stages[len(res.Stages)-1].Seconds = now.Sub(last).Seconds()
			res.Stages[len(res.Stages)-1].Allocs = ms.Mallocs - lastAllocs
			res.Stages[len(res.Stages)-1].Bytes = ms.TotalAlloc - lastBytes
		}
		if name != "end" {
			res.Stages = append(res.Stages, stageStats{Name: name})
		}
		last, lastAllocs, lastBytes = now, ms.Mallocs, ms.TotalAlloc
	}
	start := time.Now()
	out, err := pipeline.Run(ctx, []ingest.Input{{FS: fsys, Pattern: ".", Name: "corpus"}}, pipeline.Options{
		Workers:  workers,
		Progress: func(stage string, step, steps int) { mark(stage) },
	})
	if err != nil {
		return err
	}
	mark("end")
	res.Seconds = time.Since(start).Seconds()
	res.PeakRSSKiB = rssKiB("VmHWM")
	res.Findings, res.Claims = len(out.Findings), len(out.Claims)
	return json.NewEncoder(w).Encode(res)
}

// rssKiB reads a memory figure of this process from /proc, or -1.
func rssKiB(field string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return n
			}
		}
	}
	return -1
}

// benchAll measures each size in a child process and prints the table.
func benchAll(ctx context.Context, e *env, ns []int, workers int) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var results []benchResult
	for _, n := range ns {
		e.log.Info("measuring", zap.Int("articles", n))
		cmd := exec.CommandContext(ctx, self, "bench", "--quiet", "--one", strconv.Itoa(n), "-j", strconv.Itoa(workers))
		cmd.Stderr = e.stderr
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("bench of %d articles: %w", n, err)
		}
		var r benchResult
		if err := json.Unmarshal(out, &r); err != nil {
			return fmt.Errorf("bench of %d articles: %w", n, err)
		}
		results = append(results, r)
	}
	return printBench(e.stdout, results, workers)
}

func printBench(w io.Writer, rs []benchResult, workers int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "articles\tMB\tseconds\tMB/s\tarticles/s\tpeak RSS MiB\tcorpus MiB\tclaims\tfindings\ttime ×\tsize ×\t\n")
	for i, r := range rs {
		mb := float64(r.Bytes) / 1e6
		scale := "–\t–"
		if i > 0 {
			scale = fmt.Sprintf("%.2f\t%.2f", r.Seconds/rs[i-1].Seconds, float64(r.Articles)/float64(rs[i-1].Articles))
		}
		fmt.Fprintf(tw, "%d\t%.1f\t%.2f\t%.1f\t%.0f\t%.0f\t%.0f\t%d\t%d\t%s\t\n", r.Articles, mb, r.Seconds, mb/r.Seconds,
			float64(r.Articles)/r.Seconds, float64(r.PeakRSSKiB)/1024, float64(r.CorpusKiB)/1024, r.Claims, r.Findings, scale)
	}
	fmt.Fprintf(tw, "\n")
	fmt.Fprintf(tw, "articles\tstage\tseconds\tMB/s\tallocs\talloc MB\t\n")
	for _, r := range rs {
		for _, s := range r.Stages {
			fmt.Fprintf(tw, "%d\t%s\t%.3f\t%.1f\t%d\t%.0f\t\n", r.Articles, s.Name, s.Seconds, float64(r.Bytes)/1e6/s.Seconds, s.Allocs, float64(s.Bytes)/1e6)
		}
	}
	fmt.Fprintf(tw, "\n(-j %d, GOMAXPROCS %d)\n", workers, runtime.GOMAXPROCS(0))
	return tw.Flush()
}
