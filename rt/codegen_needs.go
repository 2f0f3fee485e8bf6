package rt

import "os"

// Helpers the code generator emits that belong to no other runtime file.

// GatherAll is asyncio.gather(*aws) for a list of tasks, futures or
// coroutines of one result type.
func GatherAll[T any, A Awaitable[T]](aws []A) *Future[[]T] {
	list := make([]Awaitable[T], len(aws))
	for i, a := range aws {
		list[i] = a
	}
	return Gather(list...)
}

// FloorDivPos is a // k for a constant k > 0: it rounds toward negative
// infinity, as Python does, and cannot raise.
func FloorDivPos(a, k int) int {
	q := a / k
	if a%k < 0 {
		q--
	}
	return q
}

// FloorModPos is a % k for a constant k > 0: the result has the sign of k,
// as in Python, and the operation cannot raise.
func FloorModPos(a, k int) int {
	m := a % k
	if m < 0 {
		m += k
	}
	return m
}

// BoolInt is int(b).
func BoolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CreateFuture is loop.create_future(): a new pending future of loop l.
func CreateFuture[T any](l *Loop) *Future[T] {
	_ = l
	return NewFuture[T]()
}

// Argv is sys.argv: the script's name, then the program's arguments.
func Argv(script string) []string {
	return append([]string{script}, os.Args[1:]...)
}
