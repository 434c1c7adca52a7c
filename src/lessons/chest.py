# Chapter 1: the same chest as a Python iterator class.
class Chest:
    def __init__(self, items):
        self._items = list(items)  # ts:init

    def __iter__(self):
        return self

    def __next__(self):
        if len(self._items):  # ts:check
            return self._items.pop(0)  # ts:give
        raise StopIteration()  # ts:empty
