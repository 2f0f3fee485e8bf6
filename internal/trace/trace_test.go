package trace

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "timestamps and thread idents (seed program 2)",
			in: "2025-03-02 03:46:21.130626 : 140636718615424\n" +
				"2025-03-02 03:46:21.131401 : 140636703282880\n" +
				"2025-03-02 03:46:22.131878 : 140636703282880\n" +
				"2025-03-02 03:46:22.132453 : 140636718615424\n",
			want: "+0.0 : T1\n+0.0 : T2\n+1.0 : T2\n+1.0 : T1\n",
		},
		{
			name: "rounding to a tenth, across midnight",
			in:   "2025-03-02 23:59:59.990000\n2025-03-03 00:00:01.940001\n2025-03-03 00:00:00.030000\n",
			want: "+0.0\n+2.0\n+0.0\n",
		},
		{
			name: "timestamp without microseconds",
			in:   "2025-03-02 01:20:50.500000\n2025-03-02 01:20:51\n",
			want: "+0.0\n+0.5\n",
		},
		{
			name: "task repr (seed program 5)",
			in:   "<Task pending name='Task-1' coro=<main() running at /root/workspace/main.py:9> cb=[_run_until_complete_cb() at /usr/local/lib/python3.13/asyncio/base_events.py:181]>\n",
			want: "<Task pending name='Task-1' coro=<main() running at main.py:9> cb=[_run_until_complete_cb() at base_events.py:N]>\n",
		},
		{
			name: "bare library file",
			in:   "cb=[_run_until_complete_cb() at base_events.py:180] main.py:12\n",
			want: "cb=[_run_until_complete_cb() at base_events.py:N] main.py:12\n",
		},
		{
			name: "traceback frames",
			in: "Traceback (most recent call last):\n" +
				"  File \"/tmp/x/main.py\", line 20, in <module>\n" +
				"  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 190, in run\n" +
				"  File \"runners.py\", line 118, in run\n" +
				"ValueError: boom\n",
			want: "Traceback (most recent call last):\n" +
				"  File \"main.py\", line 20, in <module>\n" +
				"  File \"runners.py\", line N, in run\n" +
				"  File \"runners.py\", line N, in run\n" +
				"ValueError: boom\n",
		},
		{
			name: "relative paths, fractions and URLs stay",
			in:   "a/b 10/3 http://example.com/x and/or\n",
			want: "a/b 10/3 http://example.com/x and/or\n",
		},
		{
			name: "floats and short ints stay",
			in:   "0.30000000000000004 12345678 1234567890.5 1.2345678901e+20 x123456789\n",
			want: "0.30000000000000004 12345678 1234567890.5 1.2345678901e+20 x123456789\n",
		},
		{
			name: "ints next to each other and at line ends",
			in:   "123456789,987654321 123456789.\n(987654321)\n",
			want: "T1,T2 T1.\n(T2)\n",
		},
		{
			name: "object addresses",
			in:   "<__main__.A object at 0x7f3a2c1d2e50> <__main__.A object at 0x7f3a2c1d2f10> <__main__.A object at 0x7f3a2c1d2e50>\n",
			want: "<__main__.A object at 0xA1> <__main__.A object at 0xA2> <__main__.A object at 0xA1>\n",
		},
		{
			name: "carriage returns",
			in:   "a\r\nb\r\n",
			want: "a\nb\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeKeepInts(t *testing.T) {
	in := "18446744073709551616\n"
	if got := NormalizeWith(in, Options{KeepInts: true}); got != in {
		t.Errorf("got %q, want %q", got, in)
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	in := "2025-03-02 03:46:21.130626 : 140636718615424\n<Task pending name='Task-1' coro=<main() running at /root/workspace/main.py:9>>\n"
	once := Normalize(in)
	if twice := Normalize(once); twice != once {
		t.Errorf("Normalize is not idempotent:\n%q\n%q", once, twice)
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		stdout, stderr string
		code           int
		want           string
	}{
		{"", "", 0, "--- exit 0 ---\n"},
		{"a\n", "", 0, "a\n--- exit 0 ---\n"},
		{"a", "oops", 1, "a\n--- stderr ---\noops\n--- exit 1 ---\n"},
	}
	for _, tt := range tests {
		if got := Format(tt.stdout, tt.stderr, tt.code); got != tt.want {
			t.Errorf("Format(%q, %q, %d) = %q, want %q", tt.stdout, tt.stderr, tt.code, got, tt.want)
		}
	}
}

func TestDiff(t *testing.T) {
	if d := Diff("a", "b", "x\n", "x\n"); d != "" {
		t.Errorf("equal inputs: got %q", d)
	}
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
	b := "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n"
	want := "--- want\n+++ got\n" +
		"@@ -2,9 +2,10 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n+11\n"
	if got := Diff("want", "got", a, b); got != want {
		t.Errorf("Diff:\n%s\nwant:\n%s", got, want)
	}
	far := strings.Repeat("x\n", 20)
	d := Diff("a", "b", "A\n"+far+"B\n", "a\n"+far+"b\n")
	if n := strings.Count(d, "@@ -"); n != 2 {
		t.Errorf("want 2 hunks, got %d:\n%s", n, d)
	}
	if d := Diff("a", "b", "", "x\n"); d != "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n" {
		t.Errorf("insert into empty: %q", d)
	}
}

func TestOptionsFor(t *testing.T) {
	if !OptionsFor([]byte("import asyncio\n# trace: keep-ints\n")).KeepInts {
		t.Error("keep-ints directive not read")
	}
	if OptionsFor([]byte("x = 1  # trace: keep-ints\n")).KeepInts {
		t.Error("a trailing comment is not a directive")
	}
}

func TestCapture(t *testing.T) {
	ctx := context.Background()
	got, err := Capture(ctx, exec.Command("sh", "-c", "echo out; echo err >&2; exit 3"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "out\n--- stderr ---\nerr\n--- exit 3 ---\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := Capture(ctx, exec.CommandContext(ctx, "sleep", "5")); err == nil {
		t.Error("no error for a command stopped by its deadline")
	}
}
