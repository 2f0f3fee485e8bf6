package rt

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// frame is one line of a Python traceback.
type frame struct {
	file string
	line int
	fn   string
	text string // source text for synthetic frames of CPython's own files
	// resumed marks a generator's frame, which the frame before it runs
	// by iterating: CPython underlines nothing in that frame's line.
	resumed bool
	// awaits marks the last frame of a task where it awaits another
	// task or future, which the next frame runs in: its line is
	// underlined from the await on.
	awaits bool
}

// traceback is an exception's frames, kept as program counters until it
// is printed. parts run outermost first; a part marked reraise was
// captured where the exception was raised again, and the part after it
// repeats the frames they share.
type traceback struct {
	parts *tbPart
	// first holds the part of the first raise, so that raising allocates
	// nothing more than the exception.
	first tbPart
	fresh bool // captured when the exception was created, not yet raised
	// caught is the stack of the handler in which another exception was
	// raised with this one as its context or cause.
	caught *stack
}

// A tbPart is one stretch of a traceback. Parts never change once
// linked, so a traceback kept aside (a task's exception, when it was set)
// stays as it was while the exception travels on.
type tbPart struct {
	pcs     *stack
	frames  *[]frame // synthetic frames of CPython's own files
	next    *tbPart  // the part further in
	reraise bool
}

// A stack is the program counters callers recorded, innermost first.
// Stacks are shared (see internPCs) and never change.
type stack struct{ pcs []uintptr }

// runnerFrames are the frames of asyncio.run and run_until_complete that
// CPython shows between the caller of asyncio.run and the main coroutine.
var runnerFrames = []frame{
	{file: "/usr/lib/python3.11/asyncio/runners.py", line: 190, fn: "run", text: "    return runner.run(main)\n           ^^^^^^^^^^^^^^^^"},
	{file: "/usr/lib/python3.11/asyncio/runners.py", line: 118, fn: "run", text: "    return self._loop.run_until_complete(task)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
	{file: "/usr/lib/python3.11/asyncio/base_events.py", line: 653, fn: "run_until_complete", text: "    return future.result()\n           ^^^^^^^^^^^^^^^"},
}

// taskGroupFrames is TaskGroup.__aexit__ raising the exception group.
var taskGroupFrames = []frame{taskGroupFrame}

// taskGroupFrame is TaskGroup.__aexit__ raising the exception group.
var taskGroupFrame = frame{file: "/usr/lib/python3.11/asyncio/taskgroups.py", line: 145, fn: "__aexit__", text: "    raise me from None"}

// sleepFrames is asyncio.sleep's await, where a cancelled sleep raises.
var sleepFrames = []frame{sleepFrame}

// sleepFrame is asyncio.sleep's await, where a cancelled sleep raises.
var sleepFrame = frame{file: "/usr/lib/python3.11/asyncio/tasks.py", line: 649, fn: "sleep", text: "    return await future\n           ^^^^^^^^^^^^"}

// capture records the stack of the calling goroutine; skip counts the
// runtime's own frames above the raise point.
func (tb *traceback) capture(skip int) {
	tb.captureAt(callers(skip + 1))
}

// captureAt records pcs, a stack callers returned, as where the
// exception is raised.
func (tb *traceback) captureAt(pcs *stack) {
	tb.caught = nil
	switch {
	case tb.parts == nil:
		tb.first = tbPart{pcs: pcs}
		tb.parts = &tb.first
		return
	case tb.fresh:
		// Not first: a traceback kept aside may hold the first part.
		tb.parts = &tbPart{pcs: pcs}
		return
	}
	tb.parts = &tbPart{pcs: pcs, reraise: true, next: tb.parts}
}

// frames resolves the traceback, outermost first.
func (tb *traceback) frames() []frame {
	var out []frame
	prev := 0
	var outer *tbPart
	for p := tb.parts; p != nil; outer, p = p, p.next {
		var fr []frame
		if p.frames != nil {
			fr = *p.frames
		}
		if p.pcs != nil {
			fr = pyFrames(p.pcs.pcs)
		}
		if outer != nil && outer.reraise && prev > 0 && prev-1 <= len(fr) {
			fr = fr[prev-1:]
		}
		if p.pcs != nil && p.next != nil && !p.reraise && len(fr) > 0 {
			fr[len(fr)-1].awaits = true
		}
		prev = len(fr)
		out = append(out, fr...)
	}
	if tb.caught == nil {
		return out
	}
	caught := pyFrames(tb.caught.pcs)
	n := 0
	for n < len(out) && n < len(caught) && out[n] == caught[n] {
		n++
	}
	return out[n:]
}

// caughtHere records the frames of the handler that caught the exception,
// when another exception is raised there with it as context or cause.
// CPython's traceback of a caught exception runs from the frame that
// caught it inward, so the frames the handler's own stack shares with the
// traceback are left out when it is shown.
func (tb *traceback) caughtHere(skip int) {
	if tb.caught == nil && tb.parts != nil {
		tb.caught = callers(skip + 1)
	}
}

// caughtAt is caughtHere with the stack already taken.
func (tb *traceback) caughtAt(pcs *stack) {
	if tb.caught == nil && tb.parts != nil {
		tb.caught = pcs
	}
}

// reraise prepends the frames of the goroutine that re-raises err (an
// await of a failed task, asyncio.run returning main's exception) and
// frames of CPython's own code in between to the traceback inner, which
// the exception had when it was stored.
func reraise(err error, skip int, between []frame, inner *tbPart) error {
	e := AsExc(err)
	if len(between) > 0 {
		inner = &tbPart{frames: &between, next: inner}
	}
	e.tb.parts = &tbPart{pcs: callers(skip + 1), next: inner}
	e.tb.fresh = false
	e.tb.caught = nil
	return err
}

// callers records the stack of the calling goroutine, innermost first.
// skip counts the runtime's own frames above the point of interest; the
// frames of package rt may be recorded all the same, as pyFrames leaves
// them out. The slice is shared (see internPCs): it must not be changed.
func callers(skip int) *stack {
	// A small buffer on the stack keeps the tasks' goroutine stacks
	// small; deeper stacks take a second walk.
	var buf [24]uintptr
	n := stackPCs(buf[:])
	if n < len(buf) {
		return internPCs(buf[:n])
	}
	pcs := make([]uintptr, 256)
	return &stack{pcs[:stackPCs(pcs)]}
}

// stacks holds each stack callers recorded once: a program raises from
// the same few places over and over, and an exception then costs no copy
// of its stack. The table stops growing at maxStacks entries (a deep
// recursion raising at every depth); later stacks are copied.
var stacks struct {
	sync.Mutex
	m map[uint64]*stack
}

const maxStacks = 1 << 14

// internPCs returns the recorded stack equal to pcs, recording a copy of
// pcs the first time.
func internPCs(pcs []uintptr) *stack {
	h := uint64(14695981039346656037) // FNV-1a over the words
	for _, pc := range pcs {
		h = (h ^ uint64(pc)) * 1099511628211
	}
	stacks.Lock()
	s, ok := stacks.m[h]
	if ok && slices.Equal(s.pcs, pcs) {
		stacks.Unlock()
		return s
	}
	s = &stack{slices.Clone(pcs)}
	if !ok && len(stacks.m) < maxStacks {
		if stacks.m == nil {
			stacks.m = map[uint64]*stack{}
		}
		stacks.m[h] = s
	}
	stacks.Unlock()
	return s
}

// pyPCs caches isPyPC: program counter -> whether it is in Python code.
// The map is never changed once stored; a new call site stores a copy.
var (
	pyPCs   atomic.Pointer[map[uintptr]bool]
	pyPCsMu sync.Mutex
)

// consoleFile is the file name the //line directives of REPL inputs give
// (see REPLServe), as CPython names the code typed at its prompt.
const consoleFile = "<console>"

// isPyFile reports whether file, as //line directives give it, is Python
// source: a .py file, or input typed at the REPL.
func isPyFile(file string) bool {
	return strings.HasSuffix(file, ".py") || file == consoleFile
}

// isPyPC reports whether the call site at pc (a return address from
// stackPCs) is in generated code, whose //line directives name a .py file
// (or <console>).
func isPyPC(pc uintptr) bool {
	if m := pyPCs.Load(); m != nil {
		if py, ok := (*m)[pc]; ok {
			return py
		}
	}
	f, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	py := isPyFile(f.File)
	pyPCsMu.Lock()
	defer pyPCsMu.Unlock()
	next := map[uintptr]bool{pc: py}
	if m := pyPCs.Load(); m != nil {
		for k, v := range *m {
			next[k] = v
		}
	}
	pyPCs.Store(&next)
	return py
}

// pyFrames turns Go program counters into Python frames, outermost first.
// Generated code carries //line directives, so its frames name .py files;
// closures the generated code uses for try bodies fold into the function
// that holds them, and the closures that start coroutines disappear.
func pyFrames(pcs []uintptr) []frame {
	var raw []runtime.Frame
	it := runtime.CallersFrames(pcs)
	for {
		f, more := it.Next()
		raw = append(raw, f)
		if !more {
			break
		}
	}
	for i := 1; i < len(raw); i++ {
		if strings.Contains(raw[i].Function, "rt.(*Task[") && strings.HasSuffix(raw[i].Function, ").resumeFrame") {
			// A stackless frame stepped by the loop: what calls it is the
			// loop, not Python code, as for a task's goroutine.
			raw = raw[:i]
			break
		}
	}
	raw = foldRangeBodies(raw)
	var out []frame
	skipParent := ""
	for i, f := range raw {
		if !isPyFile(f.File) || f.Function == "main.main" {
			skipParent = ""
			continue
		}
		name := f.Function
		if name == skipParent {
			skipParent = ""
			continue
		}
		skipParent = ""
		resumed := false
		if parent, ok := closureParent(name); ok {
			var caller runtime.Frame
			if i+1 < len(raw) {
				caller = raw[i+1]
			}
			switch {
			case name == "main.main.func1":
				name = "<module>"
			case isGeneratorRunner(caller):
				// the body of a generator function
				name, resumed = parent, true
			case !isPyFile(caller.File):
				// Started by the runtime: a coroutine, a thread's function.
				continue
			case caller.Function == parent:
				skipParent = parent
				name = parent
			default:
				name = parent
			}
		}
		fn := pyFuncName(name)
		if f.File == consoleFile {
			fn = consoleFuncName(fn)
		}
		out = append(out, frame{file: f.File, line: f.Line, fn: fn, resumed: resumed})
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// foldRangeBodies folds the body of a for loop over a generator back into
// the function holding the loop. Go runs such a body as a closure whose
// name ends in "f-range1" ("f-range1-range2" for a loop inside it),
// called through the generator's frames; Python shows the body's line in
// f and nothing of the generator.
func foldRangeBodies(raw []runtime.Frame) []runtime.Frame {
	for i := 0; i < len(raw); i++ {
		prefix, base, depth := rangeBody(raw[i].Function)
		if depth == 0 {
			continue
		}
		for ; depth > 0; depth-- {
			for j := i + 1; j < len(raw); j++ {
				if _, b, d := rangeBody(raw[j].Function); b == base && d == depth-1 && isPyFile(raw[j].File) {
					raw = append(raw[:i+1], raw[j+1:]...)
					break
				}
			}
		}
		raw[i].Function = prefix + base
	}
	return raw
}

// rangeBody splits a Go function name into the part before its last
// segment, that segment without its "-rangeN" suffixes, and how many
// there were.
func rangeBody(name string) (prefix, base string, depth int) {
	seg := name
	if k := strings.LastIndex(name, "."); k >= 0 {
		prefix, seg = name[:k+1], name[k+1:]
	}
	parts := strings.Split(seg, "-range")
	for _, p := range parts[1:] {
		if !allDigits(p) {
			return prefix, seg, 0
		}
	}
	return prefix, parts[0], len(parts) - 1
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// isGeneratorRunner reports whether f is the runtime's frame that runs a
// generator function's body (rt.Generator or rt.Seq, whose names change
// when the compiler inlines them).
func isGeneratorRunner(f runtime.Frame) bool {
	return strings.HasSuffix(f.File, "/rt/iter.go")
}

// closureParent reports whether a Go function name is a closure
// ("main.f.func1", "main.f.func1.2") and names the enclosing function.
func closureParent(name string) (string, bool) {
	i := strings.LastIndex(name, ".")
	if i < 0 {
		return "", false
	}
	last := name[i+1:]
	if strings.HasPrefix(last, "func") || (last != "" && last[0] >= '0' && last[0] <= '9') {
		return name[:i], true
	}
	return "", false
}

// ReservedNames are the Python names the generated code spells with a
// trailing "_": Go keywords and predeclared identifiers, main and init, the
// packages generated code imports and err. The translator renames by this
// table and tracebacks undo the renaming by it.
var ReservedNames = map[string]bool{
	"break": true, "case": true, "chan": true, "const": true, "continue": true, "default": true,
	"defer": true, "else": true, "fallthrough": true, "for": true, "func": true, "go": true,
	"goto": true, "if": true, "import": true, "interface": true, "map": true, "package": true,
	"range": true, "return": true, "select": true, "struct": true, "switch": true, "type": true,
	"var": true,
	"any": true, "append": true, "bool": true, "byte": true, "cap": true, "clear": true,
	"close": true, "comparable": true, "complex": true, "complex64": true, "complex128": true,
	"copy": true, "delete": true, "error": true, "false": true, "float32": true, "float64": true,
	"imag": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"iota": true, "len": true, "make": true, "max": true, "min": true, "new": true, "nil": true,
	"panic": true, "print": true, "println": true, "real": true, "recover": true, "rune": true,
	"string": true, "true": true, "uint": true, "uint8": true, "uint16": true, "uint32": true,
	"uint64": true, "uintptr": true,
	"main": true, "init": true,
	"rt": true, "fmt": true, "strconv": true, "slices": true, "strings": true,
	"err": true,
}

// pyFuncName turns "main.fetch", "main.(*Client).get", "main.main_" or
// the Resume method of a stackless frame, "main.(*fetchFrame).Resume",
// into the Python function name.
func pyFuncName(goName string) string {
	if i := strings.LastIndex(goName, "/"); i >= 0 {
		goName = goName[i+1:]
	}
	if rest, ok := strings.CutSuffix(goName, "Frame).Resume"); ok {
		if i := strings.LastIndex(rest, "(*"); i >= 0 {
			goName = rest[i+2:]
		}
	}
	if i := strings.LastIndex(goName, "."); i >= 0 {
		goName = goName[i+1:]
	}
	if n := strings.TrimSuffix(goName, "_"); n != goName && ReservedNames[n] {
		return n
	}
	return goName
}

// consoleFuncName undoes the naming of REPL inputs, whose generated
// packages export every name: the input's module code is the function
// Run, and the Python names carry the prefix "Py_" (Py_fetch, the method
// (*Py_P).Py_hi).
func consoleFuncName(name string) string {
	if name == "Run" {
		return "<module>"
	}
	if n, ok := strings.CutPrefix(name, "Py_"); ok {
		return pyFuncName(n)
	}
	return name
}

// trackLines makes suspended tasks record where they wait, for task reprs.
var trackLines bool

// defLines maps coroutine names to the lines of their definitions.
var defLines map[string]int

// sourceFile is the Python file's base name, as //line directives give it.
var sourceFile = "main.py"

// TrackTasks is called by programs that show task reprs
// (current_task(), all_tasks(), printing a task): it gives the
// definition line of each coroutine function and turns on tracking of
// where suspended tasks wait.
func TrackTasks(file string, lines map[string]int) {
	trackLines = true
	Defs(file, lines)
}

// Defs gives the source file's base name and the definition line of each
// coroutine function, for the "done, defined at FILE:LINE" of task reprs
// (which asyncio also prints for a failed task nobody awaited).
//
// During a REPLServe session every input calls it for the functions it
// defines, and the lines are added to those of earlier inputs.
func Defs(file string, lines map[string]int) {
	sourceFile = file
	if repl != nil {
		for name, line := range lines {
			defLines[name] = line
		}
		return
	}
	defLines = lines
}

func (t *taskCore) defPos() string {
	return sourceFile + ":" + itoa(defLines[t.coroName])
}

// runningPos is "file:line" of the task's coroutine: where it is
// suspended, where it runs now, or its definition when it has not started.
func (t *taskCore) runningPos() string {
	var pcs []uintptr
	switch {
	case !t.started:
		return t.defPos()
	case t.loop.current == t:
		pcs = callers(1).pcs
	default:
		pcs = t.parked()
	}
	fr := pyFrames(pcs)
	if len(fr) == 0 {
		return t.defPos()
	}
	f := fr[0]
	return f.file + ":" + itoa(f.line)
}

// reprlib is reprlib.repr, as future reprs use it for results.
func reprlib(v any) string {
	s := Repr(v)
	if len(s) > 60 {
		switch s[0] {
		case '[', '(', '{':
			return truncateContainer(s)
		}
	}
	return s
}

func truncateContainer(s string) string {
	// reprlib shows at most six items of a list.
	depth, items, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '(', '{':
			depth++
			if depth == 1 {
				start = i
			}
		case ']', ')', '}':
			depth--
		case ',':
			if depth == 1 {
				items++
				if items == 6 {
					return s[start:i] + ", ..." + string(s[len(s)-1])
				}
			}
		}
	}
	return s
}

var (
	sourceMu    sync.Mutex
	sourceCache = map[string][]string{}
)

// sourceLine returns line n of a Python file, found in the working
// directory, beside os.Args[0] (the script's path when pyasync2go runs the
// program, as sys.argv[0] is in CPython) or in $PYASYNC2GO_SRCDIR, as
// linecache would print it.
func sourceLine(file string, n int) string {
	if file == consoleFile {
		return "" // typed at the REPL: linecache has no source for it
	}
	sourceMu.Lock()
	defer sourceMu.Unlock()
	lines, ok := sourceCache[file]
	if !ok {
		for _, p := range []string{file, filepath.Join(filepath.Dir(os.Args[0]), file), filepath.Join(os.Getenv("PYASYNC2GO_SRCDIR"), file)} {
			if data, err := os.ReadFile(p); err == nil {
				lines = strings.Split(string(data), "\n")
				break
			}
		}
		sourceCache[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// writeTraceback prints err as CPython prints an uncaught exception.
func writeTraceback(w io.Writer, err error) {
	bw := bufio.NewWriter(w)
	printException(bw, AsExc(err), "", map[*Exc]bool{})
	bw.Flush()
}

func printException(w *bufio.Writer, e *Exc, indent string, seen map[*Exc]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[AsExc(e.Cause)] {
		printException(w, AsExc(e.Cause), indent, seen)
		w.WriteString(indent + "\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[AsExc(e.Context)] {
		printException(w, AsExc(e.Context), indent, seen)
		w.WriteString(indent + "\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if isGroup(e) {
		printGroup(w, e, indent)
		return
	}
	writeFrames(w, e, indent, "Traceback (most recent call last):")
	w.WriteString(indent + excLine(e) + "\n")
}

func writeFrames(w *bufio.Writer, e *Exc, indent, header string) {
	frames := e.tb.frames()
	if len(frames) == 0 {
		return
	}
	w.WriteString(indent + header + "\n")
	for i, f := range frames {
		w.WriteString(indent + "  File \"" + f.file + "\", line " + itoa(f.line) + ", in " + f.fn + "\n")
		if f.text != "" {
			for _, ln := range strings.Split(f.text, "\n") {
				w.WriteString(indent + ln + "\n")
			}
			continue
		}
		src := sourceLine(f.file, f.line)
		if src == "" {
			continue
		}
		w.WriteString(indent + "    " + src + "\n")
		innermost := i == len(frames)-1
		callee := ""
		if !innermost {
			callee = frames[i+1].fn
		}
		if !innermost && frames[i+1].resumed {
			// the line asks the generator for an item: a for statement,
			// marked by nothing, or list()
			if strings.HasPrefix(src, "for ") || strings.HasPrefix(src, "async for ") {
				continue
			}
			callee = "list"
		}
		m, ok := "", false
		if innermost {
			m, ok = attrCaret(src, e)
		} else if f.awaits {
			m, ok = awaitCaret(src)
		}
		if !ok {
			m = caretLine(src, callee, innermost, e.Class)
		}
		if m != "" {
			w.WriteString(indent + "    " + m + "\n")
		}
	}
}

func excLine(e *Exc) string {
	name := e.Class.QualName()
	msg := e.Error()
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// printGroup prints an exception group in CPython 3.11's boxed layout.
func printGroup(w *bufio.Writer, e *Exc, indent string) {
	first := indent + "  + "
	bar := indent + "  | "
	if e.tb.parts != nil {
		w.WriteString(first + "Exception Group Traceback (most recent call last):\n")
		var sub strings.Builder
		sw := bufio.NewWriter(&sub)
		writeFrames(sw, e, "", "")
		sw.Flush()
		for _, ln := range strings.Split(strings.TrimSuffix(sub.String(), "\n"), "\n")[1:] {
			w.WriteString(bar + ln + "\n")
		}
		w.WriteString(bar + excLine(e) + "\n")
	} else {
		w.WriteString(first + excLine(e) + "\n")
	}
	for i, x := range e.Exceptions() {
		label := "+---------------- " + itoa(i+1) + " ----------------"
		if i == 0 {
			w.WriteString(indent + "  +-" + label + "\n")
		} else {
			w.WriteString(indent + "    " + label + "\n")
		}
		var sub strings.Builder
		sw := bufio.NewWriter(&sub)
		printException(sw, AsExc(x), "", map[*Exc]bool{})
		sw.Flush()
		for _, ln := range strings.Split(strings.TrimSuffix(sub.String(), "\n"), "\n") {
			w.WriteString(indent + "    | " + ln + "\n")
		}
	}
	w.WriteString(indent + "    +------------------------------------\n")
}
