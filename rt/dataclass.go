package rt

import "reflect"

// FrozenInstanceError is dataclasses.FrozenInstanceError, raised by an
// assignment to a field of a frozen dataclass.
var FrozenInstanceError = &Class{Name: "FrozenInstanceError", Module: "dataclasses", Base: AttributeError}

// FieldOrdered is implemented by the instances of a dataclass with
// order=True: they compare as the tuples of their fields, and only with
// instances of the same class.
type FieldOrdered interface {
	PyOrderFields() []any
}

// compareFields orders two instances of one order=True dataclass.
func compareFields(op string, a, b any) (int, bool, error) {
	x, ok1 := a.(FieldOrdered)
	y, ok2 := b.(FieldOrdered)
	if !ok1 || !ok2 || reflect.TypeOf(a) != reflect.TypeOf(b) {
		return 0, false, nil
	}
	return seqCompare(op, x.PyOrderFields(), y.PyOrderFields())
}

// AssignFrozen is the error of assigning the field name of a frozen
// dataclass: FrozenInstanceError "cannot assign to field 'name'".
func AssignFrozen(name string) error {
	return Raise(FrozenInstanceError.New("cannot assign to field '" + name + "'"))
}
