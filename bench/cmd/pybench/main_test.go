package main

import (
	"bytes"
	"context"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{7}, 7},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{5, 5, 1, 9, 5}, 5},
	} {
		in := slices.Clone(tc.in)
		if got := median(in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
		if !slices.Equal(in, tc.in) {
			t.Errorf("median reordered its argument: %v", in)
		}
	}
}

func pair(py, goSec float64, pyRSS, goRSS int64) Pair {
	return Pair{
		Python: Run{Wall: time.Duration(py * float64(time.Second)), MaxRSSKiB: pyRSS},
		Go:     Run{Wall: time.Duration(goSec * float64(time.Second)), MaxRSSKiB: goRSS},
	}
}

func TestSummarizeUsesPairedRatios(t *testing.T) {
	// Per-pair ratios are 2, 6 and 2: their median is 2, while the ratio of
	// the medians (3 s / 1 s) would be 3.
	pairs := []Pair{
		pair(2, 1, 1000, 400),
		pair(3, 0.5, 3000, 600),
		pair(4, 2, 2000, 500),
	}
	if got, want := pairedRatios(pairs), []float64{2, 6, 2}; !slices.Equal(got, want) {
		t.Fatalf("pairedRatios = %v, want %v", got, want)
	}
	s := summarize(pairs)
	if s.Speedup != 2 {
		t.Errorf("Speedup = %v, want 2", s.Speedup)
	}
	if s.PythonWall != 3*time.Second || s.GoWall != time.Second {
		t.Errorf("medians = %v, %v, want 3s, 1s", s.PythonWall, s.GoWall)
	}
	if s.PythonRSS != 2000 || s.GoRSS != 500 || s.RSSRatio != 0.25 {
		t.Errorf("RSS = %d, %d, ratio %v; want 2000, 500, 0.25", s.PythonRSS, s.GoRSS, s.RSSRatio)
	}
	if !s.SpeedMet(Target{Speedup: 2}) || s.SpeedMet(Target{Speedup: 2.01}) {
		t.Errorf("SpeedMet wrong at the boundary for speed-up %v", s.Speedup)
	}
	if !s.RSSMet(Target{RSSRatio: 0.25}) || s.RSSMet(Target{RSSRatio: 0.24}) {
		t.Errorf("RSSMet wrong at the boundary for ratio %v", s.RSSRatio)
	}
}

func sampleResults() []Result {
	return []Result{
		{Name: "pingpong", Target: Target{20, 1}, HasTarget: true,
			Pairs: []Pair{pair(5, 0.2, 20480, 10240), pair(5, 0.25, 20480, 10240)}}, // 22.5×, 0.5×
		{Name: "fanout", Target: Target{8, 2}, HasTarget: true,
			Pairs: []Pair{pair(3, 1, 150000, 400000)}}, // 3×, 2.67×
		{Name: "timers", Target: Target{1.8, 2}, HasTarget: true, Err: "output differs"},
		{Name: "extra", Pairs: []Pair{pair(1, 0.5, 100, 100)}},
	}
}

func TestTable(t *testing.T) {
	got := Table(sampleResults())
	for _, want := range []string{
		"| pingpong | 5.00 s | 225 ms | 22.5× | ≥ 20× | 20.0 MiB | 10.0 MiB | 0.50× | ≤ 1× | yes |",
		"| fanout | 3.00 s | 1.00 s | 3.00× | ≥ 8× | 146.5 MiB | 390.6 MiB | 2.67× | ≤ 2× | **no**: speed, RSS |",
		"| timers | — | — | — | ≥ 1.8× | — | — | — | ≤ 2× | **no**: output differs |",
		"| extra | 1.00 s | 500 ms | 2.00× | — | 0.1 MiB | 0.1 MiB | 1.00× | — | no target |",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("table lacks row\n%s\ntable:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n"); n != 2+4 {
		t.Errorf("table has %d lines, want 6:\n%s", n, got)
	}
	rs := sampleResults()
	if !rs[0].Met() || rs[1].Met() || rs[2].Met() || !rs[3].Met() {
		t.Errorf("Met = %v %v %v %v, want true false false true", rs[0].Met(), rs[1].Met(), rs[2].Met(), rs[3].Met())
	}
}

func TestChart(t *testing.T) {
	results := sampleResults()
	var buf bytes.Buffer
	if err := WriteChart(&buf, results); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("chart does not decode as PNG: %v", err)
	}
	w, h := chartSize(len(results))
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h || w != 900 || h != 50+4*34+40 {
		t.Fatalf("chart is %v, want 900×%d", b, 50+4*34+40)
	}
	// Just right of the axis origin, each row's bar shows whether it met its
	// speed-up target; a row without timings has a grey box.
	x := chartLeft + 5
	rowMid := func(i int) int { return chartTop + i*chartRow + chartRow/2 }
	for i, want := range []color.RGBA{metGreen, missedRed, failGrey, metGreen} {
		if got := color.RGBAModel.Convert(img.At(x, rowMid(i))).(color.RGBA); got != want {
			t.Errorf("row %d (%s) bar colour %v, want %v", i, results[i].Name, got, want)
		}
	}
	// Names are drawn in black left of the bars.
	inked := 0
	for y := chartTop; y < chartTop+chartRow; y++ {
		for x := 0; x < chartLeft; x++ {
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) == black {
				inked++
			}
		}
	}
	if inked == 0 {
		t.Errorf("no label drawn left of the first bar")
	}
}

func TestDiffOutputs(t *testing.T) {
	a := Output{Stdout: "1\n2\n", ExitCode: 0}
	if d := diffOutputs(a, a); d != "" {
		t.Errorf("identical outputs differ: %s", d)
	}
	d := diffOutputs(a, Output{Stdout: "1\n3\n", Stderr: "boom\n", ExitCode: 1})
	for _, want := range []string{"exit code: CPython 0, Go 1", "line 2", `"2\n"`, `"3\n"`, "stderr differs"} {
		if !strings.Contains(d, want) {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
}

func TestProgramsOrder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"zeta.py", "fanout.py", "pingpong.py", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := programs(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range got {
		names = append(names, benchName(p))
	}
	if want := []string{"pingpong", "fanout", "zeta"}; !slices.Equal(names, want) {
		t.Errorf("programs = %v, want %v", names, want)
	}
	if got, err := programs(dir, []string{"zeta"}); err != nil || len(got) != 1 || benchName(got[0]) != "zeta" {
		t.Errorf("programs(only zeta) = %v, %v", got, err)
	}
	if _, err := programs(dir, []string{"nosuch"}); err == nil {
		t.Errorf("programs(only nosuch) succeeded")
	}
}

// TestRunChecksOutputs drives the whole command with shell scripts standing
// in for CPython and the translator: a faithful build passes, a build whose
// program prints something else makes the command fail.
func TestRunChecksOutputs(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "echo.py")
	if err := os.WriteFile(src, []byte("echo 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tool := func(body string) string {
		p := filepath.Join(t.TempDir(), "tool")
		script := "#!/bin/sh\nprintf '#!/bin/sh\\n" + body + "\\n' > \"$4\"\nchmod +x \"$4\"\n"
		if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name, body string
		status     int
		logWant    string
	}{
		{"faithful", "exec sh " + src, 0, "echo: pair 2/2"},
		{"wrong", "echo 43", 1, "output differs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, log bytes.Buffer
			c := config{n: 2, warmup: 1, tool: tool(tc.body), python: "sh", dir: dir, timeout: 10 * time.Second}
			if got := run(context.Background(), c, &out, &log); got != tc.status {
				t.Errorf("exit status %d, want %d\nlog:\n%s", got, tc.status, log.String())
			}
			if !strings.Contains(log.String(), tc.logWant) {
				t.Errorf("log lacks %q:\n%s", tc.logWant, log.String())
			}
			if !strings.Contains(out.String(), "| echo |") {
				t.Errorf("table lacks the echo row:\n%s", out.String())
			}
		})
	}
}
