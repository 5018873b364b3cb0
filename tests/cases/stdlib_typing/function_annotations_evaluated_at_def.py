from typing import List, Optional, Dict, Any

def find(items: List[int], target: int, default: Optional[int] = None) -> Dict[str, Any]:
    return {}

print(find.__annotations__)
