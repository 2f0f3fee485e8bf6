package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/pyasync2go/pyasync2go"
	"github.com/pyasync2go/pyasync2go/diag"
	"github.com/pyasync2go/pyasync2go/driver"
)

// Exit statuses of pyasync2go itself (run and verify report the program's).
const (
	exitOK      = 0
	exitFailure = 1 // a build failed, a generated file is stale, traces differ
	exitUsage   = 2 // bad usage or a bad input file (diagnostics)
)

// translator is the pipeline; tests replace it.
var translator driver.Translator

// cli carries the standard streams of one invocation.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run executes the command line args (without the program name) and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin, stdout, stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "translate":
		return c.translate(rest)
	case "build":
		return c.build(rest)
	case "run":
		return c.run(rest)
	case "check":
		return c.check(rest)
	case "verify":
		return c.verify(rest)
	case "serve":
		return c.serve(rest)
	case "repl":
		return c.repl(rest)
	case "version":
		return c.version(rest)
	case "help", "-h", "-help", "--help":
		return c.help(rest)
	}
	fmt.Fprintf(stderr, "pyasync2go: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}

func (c *cli) help(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stdout, usage)
		return exitOK
	}
	if h, ok := commandHelp[args[0]]; ok && len(args) == 1 {
		fmt.Fprint(c.stdout, h)
		return exitOK
	}
	fmt.Fprintf(c.stderr, "pyasync2go help: unknown command %q\n\n%s", strings.Join(args, " "), usage)
	return exitUsage
}

// flags returns a flag set for a command whose errors and help go to
// stderr with the command's usage text.
func (c *cli) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// usageError prints a message and the command's usage; it returns exitUsage.
func (c *cli) usageError(cmd, format string, args ...any) int {
	fmt.Fprintf(c.stderr, "pyasync2go %s: %s\n\n%s", cmd, fmt.Sprintf(format, args...), commandHelp[cmd])
	return exitUsage
}

// parse parses flags placed before or after the positional arguments
// ("translate x.py -o x.go" works as "translate -o x.go x.py").
func (c *cli) parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(c.stdout, commandHelp[fs.Name()])
				return nil, exitOK, false
			}
			return nil, c.usageError(fs.Name(), "%v", err), false
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, 0, true
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// report prints err as pyasync2go does and returns the exit status:
// diagnostics and input-file problems exit 2, anything else 1.
func (c *cli) report(err error) int {
	var list diag.List
	var fe *driver.FileError
	switch {
	case errors.As(err, &list):
		for i, e := range list {
			if i == diag.MaxErrors {
				fmt.Fprintln(c.stderr, "too many errors")
				break
			}
			fmt.Fprintln(c.stderr, e.Long())
		}
		return exitUsage
	case errors.As(err, &fe):
		fmt.Fprintln(c.stderr, fe.Error())
		return exitUsage
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "pyasync2go") {
		msg = "pyasync2go: " + msg
	}
	fmt.Fprintln(c.stderr, msg)
	return exitFailure
}

func (c *cli) translate(args []string) int {
	fs := c.flags("translate")
	out := fs.String("o", "", "")
	pkg := fs.String("package", "", "")
	line := fs.Bool("line", true, "")
	comments := fs.Bool("comments", false, "")
	stats := fs.Bool("stats", false, "")
	checkOnly := fs.Bool("check", false, "")
	stackless := fs.Bool("stackless", false, "")
	files, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return c.usageError("translate", "want exactly one FILE.py, got %d arguments", len(files))
	}
	if *checkOnly && *out == "" {
		return c.usageError("translate", "-check needs -o OUT.go")
	}
	if *pkg != "" && !isIdentifier(*pkg) {
		return c.usageError("translate", "-package %q is not a Go identifier", *pkg)
	}
	file := files[0]
	src, err := driver.ReadSource(file)
	if err != nil {
		return c.report(err)
	}
	var st driver.Stats
	opts := driver.Options{Package: *pkg, NoLine: !*line, Comments: *comments, Stackless: *stackless, Stats: &st}
	goSrc, err := driver.Translate(translator, file, src, opts)
	if err != nil {
		return c.report(err)
	}
	if *stats {
		st.PythonLines = countLines(src)
		st.GoLines = countLines(goSrc)
		fmt.Fprintf(c.stderr, "%s: %d Python lines -> %d Go lines; %d static types, %d dynamic; parse %v, check %v, generate %v\n",
			file, st.PythonLines, st.GoLines, st.StaticTypes, st.DynamicTypes, st.Parse, st.Check, st.Generate)
	}
	switch {
	case *checkOnly:
		old, err := os.ReadFile(*out)
		if err != nil || string(old) != string(goSrc) {
			fmt.Fprintf(c.stderr, "%s is stale: run pyasync2go translate -o %s %s\n", *out, *out, file)
			return exitFailure
		}
	case *out != "":
		if _, err := driver.WriteFileIfChanged(*out, goSrc); err != nil {
			return c.report(err)
		}
	default:
		c.stdout.Write(goSrc)
	}
	return exitOK
}

func countLines(b []byte) int {
	n := strings.Count(string(b), "\n")
	if len(b) > 0 && b[len(b)-1] != '\n' {
		n++
	}
	return n
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if r != '_' && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return s != ""
}

// buildFile reads, translates and builds file, returning its binary.
func (c *cli) buildFile(file string, opts driver.Options) (string, error) {
	src, err := driver.ReadSource(file)
	if err != nil {
		return "", err
	}
	cache, err := driver.NewCache("")
	if err != nil {
		return "", err
	}
	// Programs are translated under their absolute path, which is what
	// CPython shows in tracebacks and task reprs.
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	return cache.BuildSource(context.Background(), translator, abs, src, opts)
}

// leadingFlags takes the flags run and verify accept before FILE.py (the
// arguments after it are the program's own).
func (c *cli) leadingFlags(name string, args []string) (driver.Options, []string, int, bool) {
	var opts driver.Options
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-h", "-help", "--help":
			fmt.Fprint(c.stdout, commandHelp[name])
			return opts, nil, exitOK, false
		case "-stackless", "--stackless":
			opts.Stackless = true
		default:
			return opts, nil, c.usageError(name, "unknown flag %s", args[0]), false
		}
		args = args[1:]
	}
	if len(args) == 0 {
		return opts, nil, c.usageError(name, "missing FILE.py"), false
	}
	return opts, args, 0, true
}

func (c *cli) build(args []string) int {
	fs := c.flags("build")
	out := fs.String("o", "", "")
	stackless := fs.Bool("stackless", false, "")
	files, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return c.usageError("build", "want exactly one FILE.py, got %d arguments", len(files))
	}
	bin, err := c.buildFile(files[0], driver.Options{Stackless: *stackless})
	if err != nil {
		return c.report(err)
	}
	if *out == "" {
		*out = strings.TrimSuffix(filepath.Base(files[0]), ".py")
		if runtime.GOOS == "windows" {
			*out += ".exe"
		}
	}
	if err := copyExecutable(bin, *out); err != nil {
		return c.report(err)
	}
	return exitOK
}

func copyExecutable(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	tmp := to + ".tmp"
	if err := os.WriteFile(tmp, data, 0o755); err != nil {
		return err
	}
	if err := os.Rename(tmp, to); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func (c *cli) run(args []string) int {
	opts, args, code, ok := c.leadingFlags("run", args)
	if !ok {
		return code
	}
	file, progArgs := args[0], args[1:]
	for retried := false; ; retried = true {
		bin, err := c.buildFile(file, opts)
		if err != nil {
			return c.report(err)
		}
		beforeRun(bin)
		if c.stdin == os.Stdin && c.stdout == os.Stdout && c.stderr == os.Stderr {
			// Replace this process, so that signals and the exit status
			// belong to the program alone. Falls through when unsupported
			// or when exec fails.
			execProgram(bin, append([]string{file}, progArgs...))
		}
		code, err := driver.Run(context.Background(), bin, file, progArgs, c.stdin, c.stdout, c.stderr)
		if errors.Is(err, fs.ErrNotExist) && !retried {
			// Another process trimmed the binary from the cache after it
			// was found (it had been unused for a day or more): build it
			// again.
			continue
		}
		if err != nil {
			return c.report(err)
		}
		return code
	}
}

// beforeRun is called by run between finding a program's binary and
// running it; tests replace it.
var beforeRun = func(bin string) {}

func (c *cli) version(args []string) int {
	if len(args) != 0 {
		return c.usageError("version", "unexpected arguments")
	}
	fmt.Fprintf(c.stdout, "pyasync2go %s (runtime %s, %s)\n", version(), pyasync2go.RuntimeHash()[:12], runtime.Version())
	return exitOK
}

// version is pyasync2go's module version, "(devel)" when built from a
// checkout.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
