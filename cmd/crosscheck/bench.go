package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
	var one string
	var workers int
	cmd := &cobra.Command{
		Use:   "bench [--sizes 1000,10000,100000]",
		Short: "Measure the pipeline on generated corpora of several sizes",
		Long: `Bench generates deterministic corpora from the seed articles (many
stories, each with copies, light edits, rewrites, changed numbers and days,
and boilerplate), writes each to a temporary folder and runs the whole
pipeline on it in a child process of its own, so that peak memory is
measured per size and the corpus is read from disk as a feed would be. It
prints, per size and per stage, MB/s of article text by wall-clock and by
CPU time, articles/s and allocations, the peak RSS, and how time scales
from one size to the next.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if one != "" {
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
	cmd.Flags().StringVar(&one, "one", "", "measure the corpus in this folder in this process and print JSON (used by bench itself)")
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
	CPUSeconds float64      `json:"cpu_seconds"`
	Stages     []stageStats `json:"stages"`
	PeakRSSKiB int64        `json:"peak_rss_kib"`
	Findings   int          `json:"findings"`
	Claims     int          `json:"claims"`
}

type stageStats struct {
	Name       string  `json:"name"`
	Seconds    float64 `json:"seconds"`
	CPUSeconds float64 `json:"cpu_seconds"`
	Allocs     uint64  `json:"allocs"`
	Bytes      uint64  `json:"alloc_bytes"`
}

// benchOne runs the pipeline on the corpus in dir and prints a
// benchResult as JSON. Reading the corpus from disk, as a day's feed is
// read, keeps it out of the peak RSS measured.
func benchOne(ctx context.Context, w io.Writer, dir string, workers int) error {
	var res benchResult
	var ms runtime.MemStats
	var last time.Time
	var lastCPU time.Duration
	var lastAllocs, lastBytes uint64
	mark := func(name string) {
		runtime.ReadMemStats(&ms)
		now, cpu := time.Now(), cpuTime()
		if name != "" && !last.IsZero() {
			s := &res.Stages[len(res.Stages)-1]
			s.Seconds = now.Sub(last).Seconds()
			s.CPUSeconds = (cpu - lastCPU).Seconds()
			s.Allocs = ms.Mallocs - lastAllocs
			s.Bytes = ms.TotalAlloc - lastBytes
		}
		if name != "end" {
			res.Stages = append(res.Stages, stageStats{Name: name})
		}
		last, lastCPU, lastAllocs, lastBytes = now, cpu, ms.Mallocs, ms.TotalAlloc
	}
	start, startCPU := time.Now(), cpuTime()
	out, err := pipeline.Run(ctx, []ingest.Input{ingest.PathInput(dir)}, pipeline.Options{
		Workers:  workers,
		Progress: func(stage string, step, steps int) { mark(stage) },
	})
	if err != nil {
		return err
	}
	mark("end")
	res.Seconds = time.Since(start).Seconds()
	res.CPUSeconds = (cpuTime() - startCPU).Seconds()
	res.PeakRSSKiB = rssKiB("VmHWM")
	res.Articles, res.Findings, res.Claims = len(out.Docs), len(out.Findings), len(out.Claims)
	return json.NewEncoder(w).Encode(res)
}

// writeCorpus generates a corpus of n articles into a new temporary
// folder and returns the folder and the corpus size in bytes.
func writeCorpus(n int) (dir string, size int64, err error) {
	texts, err := corpus.SeedTexts()
	if err != nil {
		return "", 0, err
	}
	dir, err = os.MkdirTemp("", "crosscheck-bench-")
	if err != nil {
		return "", 0, err
	}
	files := corpus.Generate(texts, corpus.Options{Articles: n})
	for _, f := range files {
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err = os.MkdirAll(filepath.Dir(name), 0o755); err == nil {
			err = os.WriteFile(name, f.Data, 0o644)
		}
		if err != nil {
			os.RemoveAll(dir)
			return "", 0, err
		}
	}
	return dir, corpus.Size(files), nil
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
		r, err := benchChild(ctx, e, self, n, workers)
		if err != nil {
			return fmt.Errorf("bench of %d articles: %w", n, err)
		}
		results = append(results, r)
	}
	return printBench(e.stdout, results, workers, e.maxMemory)
}

// benchChild writes a corpus of n articles to disk and measures the
// pipeline on it in a child process.
func benchChild(ctx context.Context, e *env, self string, n, workers int) (benchResult, error) {
	var r benchResult
	dir, size, err := writeCorpus(n)
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.CommandContext(ctx, self, "bench", "--quiet", "--one", dir, "-j", strconv.Itoa(workers))
	if e.maxMemory > 0 {
		cmd.Args = append(cmd.Args, "--max-memory", e.maxMemory.String())
	}
	cmd.Stderr = e.stderr
	out, err := cmd.Output()
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return r, err
	}
	r.Bytes = size
	return r, nil
}

func printBench(w io.Writer, rs []benchResult, workers int, limit memSize) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "articles\tMB\tseconds\tMB/s\tCPU s\tMB/CPU s\tarticles/s\tpeak RSS MiB\tclaims\tfindings\ttime ×\tsize ×\t\n")
	for i, r := range rs {
		mb := float64(r.Bytes) / 1e6
		scale := "–\t–"
		if i > 0 {
			scale = fmt.Sprintf("%.2f\t%.2f", r.Seconds/rs[i-1].Seconds, float64(r.Articles)/float64(rs[i-1].Articles))
		}
		fmt.Fprintf(tw, "%d\t%.1f\t%.2f\t%.1f\t%.2f\t%.1f\t%.0f\t%.0f\t%d\t%d\t%s\t\n", r.Articles, mb, r.Seconds, mb/r.Seconds,
			r.CPUSeconds, mb/r.CPUSeconds, float64(r.Articles)/r.Seconds, float64(r.PeakRSSKiB)/1024, r.Claims, r.Findings, scale)
	}
	fmt.Fprintf(tw, "\n")
	fmt.Fprintf(tw, "articles\tstage\tseconds\tMB/s\tCPU s\tMB/CPU s\tallocs\talloc MB\t\n")
	for _, r := range rs {
		mb := float64(r.Bytes) / 1e6
		for _, s := range r.Stages {
			fmt.Fprintf(tw, "%d\t%s\t%.3f\t%.1f\t%.3f\t%.1f\t%d\t%.0f\t\n", r.Articles, s.Name, s.Seconds, mb/s.Seconds,
				s.CPUSeconds, mb/s.CPUSeconds, s.Allocs, float64(s.Bytes)/1e6)
		}
	}
	fmt.Fprintf(tw, "\n(-j %d, GOMAXPROCS %d, --max-memory %s; CPU s is user+system time of all threads)\n",
		workers, runtime.GOMAXPROCS(0), cmp.Or(limit.String(), "none"))
	return tw.Flush()
}
