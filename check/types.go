package check

import "strings"

// Kind classifies a Type.
type Kind int

// The kinds of static types.
const (
	Unknown      Kind = iota // not yet inferred
	Int                      // Go int
	Float                    // Go float64
	Str                      // Go string
	Bool                     // Go bool
	None                     // rt.NoneType
	List                     // []Elem
	Dict                     // *rt.Dict[Key, Elem]
	Set                      // *rt.Set[Elem]
	Tuple                    // a tuple of Elems
	Coro                     // *rt.Coro[Elem], a coroutine object
	Task                     // *rt.Task[Elem]
	Future                   // *rt.Future[Elem] (asyncio.shield, gather)
	Exc                      // an exception instance: error
	Class                    // an exception class object: *rt.Class
	Callable                 // a function object (Fn)
	Module                   // an imported module (Name)
	DateTime                 // rt.DateTime
	Process                  // *rt.Process
	TaskGroup                // *rt.TaskGroup
	Timeout                  // *rt.Timeout
	AnyTask                  // rt.AnyTask (asyncio.current_task())
	TaskSet                  // rt.TaskSet (asyncio.all_tasks())
	Range                    // range(...) object, only iterated
	TypeObj                  // type(x) for a value of type Elem
	Instance                 // an instance of a user class (Class): *Struct
	Queue                    // *rt.Queue[Elem]
	Lock                     // *rt.Lock
	Event                    // *rt.Event
	Semaphore                // *rt.Semaphore
	Loop                     // *rt.Loop
	Handle                   // rt.Handle
	Stream                   // *rt.Stream (sys.stdout, sys.stderr)
	BuiltinFn                // a built-in function used as a value (Name): str, len...
	Dynamic                  // any: a variable that mixes types
	Condition                // *rt.Condition
	AnyTuple                 // rt.Tuple: a tuple of dynamic values (exception args)
	Bytes                    // []byte
	StreamReader             // *rt.StreamReader (process.stdout, process.stderr)
	StreamWriter             // *rt.StreamWriter (process.stdin)
	Thread                   // *rt.Thread (threading.Thread)
	ThreadEvent              // *rt.ThreadEvent (threading.Event)
	TupleOf                  // rt.TupleOf[Elem]: a tuple of any length (*args)
	TimeDelta                // rt.TimeDelta (datetime - datetime)
	Generator                // iter.Seq[Elem] or iter.Seq2[Elem, error]: a call of the generator function Fn
	Iterator                 // *rt.Iterator[Elem]: a one-shot iterator held in a variable
)

// Type is a static type. Types are compared with Equal, never with ==.
type Type struct {
	Kind  Kind
	Elem  *Type   // element of List/Set/Coro/Task/Future, value of Dict
	Key   *Type   // key of Dict
	Elems []*Type // items of Tuple
	Fn    *Func   // the function of a Func type
	Class *ClassInfo
	Name  string // module name for Module
	// Shared marks a list that is aliased and mutated (for example passed
	// to a function that appends to it): it is an *rt.List in Go.
	Shared bool
}

var (
	tUnknown  = &Type{Kind: Unknown}
	tInt      = &Type{Kind: Int}
	tFloat    = &Type{Kind: Float}
	tStr      = &Type{Kind: Str}
	tBool     = &Type{Kind: Bool}
	tNone     = &Type{Kind: None}
	tExc      = &Type{Kind: Exc}
	tDateTime = &Type{Kind: DateTime}
	tProcess  = &Type{Kind: Process}
	tGroup    = &Type{Kind: TaskGroup}
	tTimeout  = &Type{Kind: Timeout}
	tAnyTask  = &Type{Kind: AnyTask}
	tTaskSet  = &Type{Kind: TaskSet}
	tRange    = &Type{Kind: Range}
	tDynamic  = &Type{Kind: Dynamic}
)

func listOf(t *Type) *Type    { return &Type{Kind: List, Elem: t} }
func dictOf(k, v *Type) *Type { return &Type{Kind: Dict, Key: k, Elem: v} }
func coroOf(t *Type) *Type    { return &Type{Kind: Coro, Elem: t} }
func taskOf(t *Type) *Type    { return &Type{Kind: Task, Elem: t} }
func futureOf(t *Type) *Type  { return &Type{Kind: Future, Elem: t} }

// Equal reports whether two types are the same.
func (t *Type) Equal(u *Type) bool {
	if t == u {
		return true
	}
	if t == nil || u == nil || t.Kind != u.Kind {
		return false
	}
	switch t.Kind {
	case List:
		return t.Shared == u.Shared && t.Elem.Equal(u.Elem)
	case Set, Coro, Task, Future, Queue, TupleOf, Iterator:
		return t.Elem.Equal(u.Elem)
	case Generator:
		return t.Fn == u.Fn && t.Elem.Equal(u.Elem)
	case Dict:
		return t.Key.Equal(u.Key) && t.Elem.Equal(u.Elem)
	case Tuple:
		if len(t.Elems) != len(u.Elems) {
			return false
		}
		for i := range t.Elems {
			if !t.Elems[i].Equal(u.Elems[i]) {
				return false
			}
		}
		return true
	case Callable:
		return sameFunc(t.Fn, u.Fn)
	case Class, Instance, Exc:
		return t.Class == u.Class
	case Module, BuiltinFn:
		return t.Name == u.Name
	}
	return true
}

// Complete reports whether the type has no Unknown part.
func (t *Type) Complete() bool {
	if t == nil || t.Kind == Unknown {
		return false
	}
	switch t.Kind {
	case List, Set, Coro, Task, Future, Queue, TupleOf, Generator, Iterator:
		return t.Elem.Complete()
	case Dict:
		return t.Key.Complete() && t.Elem.Complete()
	case Tuple:
		for _, e := range t.Elems {
			if !e.Complete() {
				return false
			}
		}
	}
	return true
}

// IsAwaitable reports whether the type can follow "await".
func (t *Type) IsAwaitable() bool {
	switch t.Kind {
	case Coro, Task, Future:
		return true
	}
	return false
}

// join merges what a variable is assigned: Unknown parts are filled in,
// equal types stay, Task and Future of the same result meet in Future
// (asyncio.shield rebinding a task), anything else is Dynamic.
func join(a, b *Type) *Type {
	if a == nil || a.Kind == Unknown {
		return b
	}
	if b == nil || b.Kind == Unknown {
		return a
	}
	if a.Kind != b.Kind {
		if (a.Kind == Task && b.Kind == Future) || (a.Kind == Future && b.Kind == Task) {
			return &Type{Kind: Future, Elem: join(a.Elem, b.Elem)}
		}
		if (a.Kind == Task && b.Kind == AnyTask) || (a.Kind == AnyTask && b.Kind == Task) {
			return tAnyTask
		}
		if t := joinTupleSeq(a, b); t != nil {
			return t
		}

		return tDynamic
	}
	switch a.Kind {
	case Generator:
		if a.Fn != b.Fn {
			return tDynamic
		}
		return &Type{Kind: Generator, Elem: join(a.Elem, b.Elem), Fn: a.Fn}
	case List, Set, Coro, Task, Future, Queue, TupleOf, Iterator:
		e := join(a.Elem, b.Elem)
		if e == a.Elem && a.Shared == (a.Shared || b.Shared) {
			return a
		}
		return &Type{Kind: a.Kind, Elem: e, Shared: a.Shared || b.Shared}
	case Dict:
		k, v := join(a.Key, b.Key), join(a.Elem, b.Elem)
		if k == a.Key && v == a.Elem {
			return a
		}
		return &Type{Kind: Dict, Key: k, Elem: v}
	case Tuple:
		if len(a.Elems) != len(b.Elems) {
			if t := joinTupleSeq(a, b); t != nil {
				return t
			}
			return tDynamic
		}
		changed := false
		elems := make([]*Type, len(a.Elems))
		for i := range a.Elems {
			elems[i] = join(a.Elems[i], b.Elems[i])
			changed = changed || elems[i] != a.Elems[i]
		}
		if !changed {
			return a
		}
		return &Type{Kind: Tuple, Elems: elems}
	case Callable:
		if a.Fn != b.Fn && !mergeFuncs(a.Fn, b.Fn) {
			return tDynamic
		}
	case Class, Instance:
		if a.Class != b.Class {
			if base := commonBase(a.Class, b.Class); base != nil && a.Kind == Instance {
				return &Type{Kind: Instance, Class: base}
			}
			return tDynamic
		}
	case Exc:
		if a.Class != b.Class {
			return tExc
		}
	case Module:
		if a.Name != b.Name {
			return tDynamic
		}
	}
	return a
}

// String spells the type the way Python programmers think of it.
func (t *Type) String() string {
	if t == nil {
		return "?"
	}
	switch t.Kind {
	case Unknown:
		return "?"
	case Int:
		return "int"
	case Float:
		return "float"
	case Str:
		return "str"
	case Bool:
		return "bool"
	case None:
		return "None"
	case List:
		return "list[" + t.Elem.String() + "]"
	case Set:
		return "set[" + t.Elem.String() + "]"
	case Dict:
		return "dict[" + t.Key.String() + ", " + t.Elem.String() + "]"
	case Tuple:
		var parts []string
		for _, e := range t.Elems {
			parts = append(parts, e.String())
		}
		return "tuple[" + strings.Join(parts, ", ") + "]"
	case Coro:
		return "coroutine[" + t.Elem.String() + "]"
	case Task:
		return "Task[" + t.Elem.String() + "]"
	case Future:
		return "Future[" + t.Elem.String() + "]"
	case Exc:
		return "exception"
	case Class:
		return "class " + t.Class.Name
	case Callable:
		return "function " + t.Fn.Name
	case Module:
		return "module " + t.Name
	case DateTime:
		return "datetime"
	case TimeDelta:
		return "timedelta"
	case Process:
		return "Process"
	case TaskGroup:
		return "TaskGroup"
	case Timeout:
		return "Timeout"
	case AnyTask:
		return "Task"
	case TaskSet:
		return "set[Task]"
	case Range:
		return "range"
	case TypeObj:
		return "type"
	case Instance:
		return t.Class.Name
	case Queue:
		return "Queue[" + t.Elem.String() + "]"
	case Lock:
		return "Lock"
	case Event:
		return "Event"
	case Semaphore:
		return "Semaphore"
	case Loop:
		return "event loop"
	case Handle:
		return "Handle"
	case Stream:
		return "TextIOWrapper"
	case BuiltinFn:
		return "builtin_function_or_method"
	case Condition:
		return "Condition"
	case AnyTuple:
		return "tuple"
	case Bytes:
		return "bytes"
	case StreamReader:
		return "StreamReader"
	case StreamWriter:
		return "StreamWriter"
	case Thread:
		return "Thread"
	case ThreadEvent:
		return "threading.Event"
	case TupleOf:
		return "tuple[" + t.Elem.String() + ", ...]"
	case Generator:
		if t.Fn.Async {
			return "async_generator"
		}
		return "generator"
	case Iterator:
		return "iterator"
	}
	return "object"
}

// shared returns the shared version of a list type.
func shared(t *Type) *Type {
	if t.Kind != List || t.Shared {
		return t
	}
	return &Type{Kind: List, Elem: t.Elem, Shared: true}
}
