package driver

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// bigProgram returns a valid asyncio program of about lines lines: many
// small async functions and a main that awaits each.
func bigProgram(lines int) []byte {
	var b strings.Builder
	b.WriteString("import asyncio\n\n\n")
	n := lines / 14
	for i := range n {
		fmt.Fprintf(&b, `async def worker_%d(n: int) -> int:
    total = 0
    for i in range(n):
        if i %% 2 == 0:
            total += i
        else:
            total -= 1
    await asyncio.sleep(0)
    print(f"worker_%d {total}")
    return total


`, i, i)
	}
	b.WriteString("async def main():\n    t = 0\n")
	for i := range n {
		fmt.Fprintf(&b, "    t += await worker_%d(%d)\n", i, i%7)
	}
	b.WriteString("    print(t)\n\n\nasyncio.run(main())\n")
	return []byte(b.String())
}

func TestBigProgramTranslates(t *testing.T) {
	src := bigProgram(300)
	if _, err := Translate(nil, "big.py", src, Options{}); err != nil {
		t.Fatalf("the benchmark's program does not translate: %v", err)
	}
}

// BenchmarkTranslate20kLines measures translating a 20,000-line file (the
// target is under one second per translation).
func BenchmarkTranslate20kLines(b *testing.B) {
	src := bigProgram(20000)
	b.SetBytes(int64(len(src)))
	b.ReportMetric(float64(strings.Count(string(src), "\n")), "lines")
	var parse, check, generate time.Duration
	for b.Loop() {
		var st Stats
		if _, err := Translate(nil, "big.py", src, Options{Stats: &st}); err != nil {
			b.Fatal(err)
		}
		parse += st.Parse
		check += st.Check
		generate += st.Generate
	}
	// The split between the stages, in milliseconds per translation.
	n := float64(b.N)
	b.ReportMetric(float64(parse.Milliseconds())/n, "parse-ms")
	b.ReportMetric(float64(check.Milliseconds())/n, "check-ms")
	b.ReportMetric(float64(generate.Milliseconds())/n, "generate-ms")
}
