package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pyasync2go/pyasync2go/driver"
)

// The pair BenchmarkRunDirect / BenchmarkRunCached measures what the run
// command's code adds over running the binary for an unchanged file (the
// target is under 50 ms); BenchmarkRunToolProcess also counts starting the
// pyasync2go process itself.

func benchProgram(b *testing.B) (py, bin string) {
	dir := b.TempDir()
	py = filepath.Join(dir, "hello.py")
	os.WriteFile(py, []byte("print(\"hello\")\n"), 0o644)
	translator = stubTranslator
	b.Cleanup(func() { translator = nil })
	c := &cli{stdout: new(bytes.Buffer), stderr: new(bytes.Buffer)}
	bin, err := c.buildFile(py, driver.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return py, bin
}

func BenchmarkRunDirect(b *testing.B) {
	py, bin := benchProgram(b)
	for b.Loop() {
		var out bytes.Buffer
		if _, err := driver.Run(context.Background(), bin, py, nil, nil, &out, &out); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRunCached(b *testing.B) {
	py, _ := benchProgram(b)
	for b.Loop() {
		var out bytes.Buffer
		if code := run([]string{"run", py}, nil, &out, &out); code != 0 {
			b.Fatalf("exit %d: %s", code, out.String())
		}
	}
}

// BenchmarkRunToolProcess compares, for one asyncio program translated by
// the real pipeline, running its binary directly ("direct") with
// "pyasync2go run" in a new process ("run"): the difference is what the
// command adds for an unchanged file, including its own start-up.
func BenchmarkRunToolProcess(b *testing.B) {
	dir := b.TempDir()
	tool := filepath.Join(dir, "pyasync2go")
	if out, err := exec.Command("go", "build", "-o", tool, ".").CombinedOutput(); err != nil {
		b.Fatalf("building pyasync2go: %v\n%s", err, out)
	}
	py := filepath.Join(dir, "hello.py")
	os.WriteFile(py, []byte("import asyncio\n\n\nasync def main():\n    print(\"hello\")\n\n\nasyncio.run(main())\n"), 0o644)
	bin := filepath.Join(dir, "hello")
	if out, err := exec.Command(tool, "build", "-o", bin, py).CombinedOutput(); err != nil {
		b.Skipf("the pipeline cannot build the program: %v\n%s", err, out)
	}
	if out, err := exec.Command(tool, "run", py).CombinedOutput(); err != nil {
		b.Fatalf("pyasync2go run: %v\n%s", err, out)
	}
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			if err := exec.Command(bin).Run(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("run", func(b *testing.B) {
		for b.Loop() {
			if err := exec.Command(tool, "run", py).Run(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
